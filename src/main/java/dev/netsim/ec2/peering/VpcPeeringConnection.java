package dev.netsim.ec2.peering;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.Scope;
import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * A VPC peering connection: a requester VPC and an accepter VPC, possibly of other accounts and
 * regions of this server. Visible from both sides.
 */
@Entity
@Table(name = "vpc_peering_connection")
public class VpcPeeringConnection extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String requesterAccount;
    private String requesterRegion;
    private String requesterVpcId;
    private String requesterCidr;
    private String accepterAccount;
    private String accepterRegion;
    private String accepterVpcId;
    private String accepterCidr;
    private String status;
    private String statusMessage;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant changedAt;
    private boolean requesterDnsResolution;
    private boolean accepterDnsResolution;

    protected VpcPeeringConnection() {
    }

    public VpcPeeringConnection(String id, Scope requester, String requesterVpcId, String requesterCidr, Scope accepter, String accepterVpcId,
                                Instant now, Instant expiresAt) {
        this.id = id;
        this.requesterAccount = requester.account();
        this.requesterRegion = requester.region();
        this.requesterVpcId = requesterVpcId;
        this.requesterCidr = requesterCidr;
        this.accepterAccount = accepter.account();
        this.accepterRegion = accepter.region();
        this.accepterVpcId = accepterVpcId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        setStatus("pending-acceptance", "Pending Acceptance by " + accepter.account(), now);
    }

    void setStatus(String status, String message, Instant now) {
        this.status = status;
        this.statusMessage = message;
        this.changedAt = now;
    }

    void accepted(String accepterCidr, Instant now) {
        this.accepterCidr = accepterCidr;
        this.expiresAt = null;
        setStatus("active", "Active", now);
    }

    public Scope requesterScope() {
        return new Scope(requesterAccount, requesterRegion);
    }

    public Scope accepterScope() {
        return new Scope(accepterAccount, accepterRegion);
    }

    /** Whether the caller's scope sees this connection (from either side). */
    public boolean visibleFrom(Scope scope) {
        return scope.equals(requesterScope()) || scope.equals(accepterScope());
    }

    /** The status as of {@code now}: a request nobody accepted expires after 7 days. */
    public String statusAt(Instant now) {
        return status.equals("pending-acceptance") && expiresAt != null && !now.isBefore(expiresAt) ? "expired" : status;
    }

    /** Whether the requester side lets DNS queries from the accepter VPC resolve to private addresses. */
    public boolean isRequesterDnsResolution() { return requesterDnsResolution; }
    public boolean isAccepterDnsResolution() { return accepterDnsResolution; }

    void setDnsResolution(Boolean requester, Boolean accepter) {
        if (requester != null) {
            this.requesterDnsResolution = requester;
        }
        if (accepter != null) {
            this.accepterDnsResolution = accepter;
        }
    }

    public String getId() { return id; }
    public String getRequesterVpcId() { return requesterVpcId; }
    public String getRequesterCidr() { return requesterCidr; }
    public String getAccepterVpcId() { return accepterVpcId; }
    public String getAccepterCidr() { return accepterCidr; }
    public String getStatusMessage() { return statusMessage; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getChangedAt() { return changedAt; }
}
