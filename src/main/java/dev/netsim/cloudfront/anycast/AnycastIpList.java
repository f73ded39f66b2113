package dev.netsim.cloudfront.anycast;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.common.persistence.AssignedIdEntity;

/** An Anycast static IP list of an account: its name, how many addresses it holds, its ETag. */
@Entity
@Table(name = "cloudfront_anycast_ip_list")
public class AnycastIpList extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String name;
    private int ipCount;
    private String etag;
    private Instant lastModified;

    protected AnycastIpList() {
    }

    AnycastIpList(String id, String account, String name, int ipCount, String etag, Instant lastModified) {
        this.id = id;
        this.account = account;
        this.name = name;
        this.ipCount = ipCount;
        this.etag = etag;
        this.lastModified = lastModified;
    }

    @Override
    public String getId() { return id; }
    String getName() { return name; }
    int getIpCount() { return ipCount; }
    String getEtag() { return etag; }
    Instant getLastModified() { return lastModified; }

    String arn() {
        return CloudFrontArns.of(account, "anycast-ip-list", id);
    }

    void touched(String newEtag, Instant when) {
        this.etag = newEtag;
        this.lastModified = when;
    }
}
