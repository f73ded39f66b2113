package dev.netsim.cloudfront.connection;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.common.persistence.AssignedIdEntity;

/** A connection group of an account: its routing endpoint, IPv6, Anycast IP list and whether it is enabled. */
@Entity
@Table(name = "cloudfront_connection_group")
public class ConnectionGroup extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String name;
    private boolean ipv6Enabled;
    private boolean enabled;
    private String anycastIpListId;
    private String routingEndpoint;
    private String etag;
    private Instant created;
    private Instant lastModified;
    private boolean isDefault;

    protected ConnectionGroup() {
    }

    ConnectionGroup(String id, String account, String name, String routingEndpoint, Instant created) {
        this.id = id;
        this.account = account;
        this.name = name;
        this.routingEndpoint = routingEndpoint;
        this.created = created;
    }

    @Override
    public String getId() { return id; }
    String getName() { return name; }
    boolean isIpv6Enabled() { return ipv6Enabled; }
    public boolean isEnabled() { return enabled; }
    String getAnycastIpListId() { return anycastIpListId; }
    /** The {@code d….cloudfront.net} name its tenants' domains point at. */
    public String getRoutingEndpoint() { return routingEndpoint; }
    /** Whether CloudFront made it for the account's tenants that name no group. */
    boolean isDefault() { return isDefault; }
    String getEtag() { return etag; }
    Instant getCreated() { return created; }
    Instant getLastModified() { return lastModified; }

    void makeDefault() {
        this.isDefault = true;
    }

    String arn() {
        return CloudFrontArns.of(account, "connection-group", id);
    }

    void set(boolean newIpv6Enabled, boolean newEnabled, String newAnycastIpListId, String newEtag, Instant when) {
        this.ipv6Enabled = newIpv6Enabled;
        this.enabled = newEnabled;
        this.anycastIpListId = newAnycastIpListId;
        this.etag = newEtag;
        this.lastModified = when;
    }
}
