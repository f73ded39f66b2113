package dev.netsim.cloudfront.distribution;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * A CloudFront distribution. Its DistributionConfig is kept as the XML document the client sent,
 * since UpdateDistribution replaces it whole and GetDistributionConfig returns it whole.
 */
@Entity
@Table(name = "distribution")
public class Distribution extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String arn;
    private String status;
    private String domainName;
    private String etag;
    private Instant lastModified;
    private String configXml;

    protected Distribution() {
    }

    public Distribution(String id, String account, String arn, String status, String domainName, String etag, Instant lastModified,
                        String configXml) {
        this.id = id;
        this.account = account;
        this.arn = arn;
        this.status = status;
        this.domainName = domainName;
        this.etag = etag;
        this.lastModified = lastModified;
        this.configXml = configXml;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getArn() { return arn; }
    public String getStatus() { return status; }
    public String getDomainName() { return domainName; }
    public String getEtag() { return etag; }
    public Instant getLastModified() { return lastModified; }
    public String getConfigXml() { return configXml; }
}
