package dev.netsim.route53.zone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

@Entity
@Table(name = "hosted_zone")
public class HostedZone extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String name;
    private String callerReference;
    private String comment;
    private boolean privateZone;
    private long recordSetCount;
    private Instant createdAt;
    private String delegationSetId;
    private String acceleratedRecovery;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hosted_zone_name_server", joinColumns = @JoinColumn(name = "zone_id"))
    @OrderColumn(name = "position")
    @Column(name = "name_server")
    private List<String> nameServers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hosted_zone_vpc", joinColumns = @JoinColumn(name = "zone_id"))
    private Set<ZoneVpc> vpcs = new LinkedHashSet<>();

    /** A VPC a private zone answers in. */
    @Embeddable
    public record ZoneVpc(String vpcId, String vpcRegion) {
    }

    protected HostedZone() {
    }

    public HostedZone(String id, String account, String name, String callerReference, String comment, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.name = name;
        this.callerReference = callerReference;
        this.comment = comment;
        this.recordSetCount = 2; // the SOA and the apex NS record sets every zone starts with
        this.createdAt = createdAt;
    }

    public void makePrivate(String vpcId, String vpcRegion) {
        this.privateZone = true;
        vpcs.add(new ZoneVpc(vpcId, vpcRegion));
    }

    /** ChangeResourceRecordSets keeps the count that GetHostedZone and ListHostedZones show. */
    public void countRecordSets(long delta) {
        this.recordSetCount += delta;
    }

    /** The zone uses a reusable delegation set's name servers. */
    public void useDelegationSet(String id) {
        this.delegationSetId = id;
    }

    /** UpdateHostedZoneFeatures: accelerated recovery is ENABLED or DISABLED (null: never set). */
    public void setAcceleratedRecovery(boolean enabled) {
        this.acceleratedRecovery = enabled ? "ENABLED" : "DISABLED";
    }

    public void updateComment(String comment) {
        this.comment = comment;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getName() { return name; }
    public String getCallerReference() { return callerReference; }
    public String getComment() { return comment; }
    public boolean isPrivateZone() { return privateZone; }
    public long getRecordSetCount() { return recordSetCount; }
    public Set<ZoneVpc> getVpcs() { return vpcs; }
    public String getDelegationSetId() { return delegationSetId; }
    public String getAcceleratedRecovery() { return acceleratedRecovery; }
    public Instant getCreatedAt() { return createdAt; }
    public List<String> getNameServers() { return nameServers; }
}
