package dev.netsim.cloudfront.distribution;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * A CloudFront distribution. Its DistributionConfig is kept as an XML document, since
 * UpdateDistribution replaces it whole and GetDistributionConfig returns it whole; the aliases it
 * claims are kept beside it (one per line) so that no other distribution takes them.
 */
@Entity
@Table(name = "distribution")
public class Distribution extends AssignedIdEntity<String> {

    static final String IN_PROGRESS = "InProgress";
    static final String DEPLOYED = "Deployed";

    @Id
    private String id;
    private String account;
    private String arn;
    private String domainName;
    private String etag;
    private Instant lastModified;
    private String configXml;
    private String callerReference;
    private Instant deploysAt;
    private String aliases;

    protected Distribution() {
    }

    public Distribution(String id, String account, String arn, String domainName, String callerReference) {
        this.id = id;
        this.account = account;
        this.arn = arn;
        this.domainName = domainName;
        this.callerReference = callerReference;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getArn() { return arn; }
    public String getDomainName() { return domainName; }
    public String getEtag() { return etag; }
    public Instant getLastModified() { return lastModified; }
    public String getConfigXml() { return configXml; }
    public String getCallerReference() { return callerReference; }
    /** The aliases the distribution claims, lower case. */
    public List<String> aliasList() {
        return aliases == null || aliases.isEmpty() ? List.of() : List.of(aliases.split("\n"));
    }

    /** InProgress until the change's deployment time, Deployed after. */
    public String status(Instant now) {
        return deploysAt == null || !now.isBefore(deploysAt) ? DEPLOYED : IN_PROGRESS;
    }

    /** A new config: a new ETag, and InProgress until {@code deploysAt}. */
    void apply(String newConfigXml, String newAliases, String newEtag, Instant now, Instant deployedAt) {
        this.configXml = newConfigXml;
        this.aliases = newAliases;
        this.etag = newEtag;
        this.lastModified = now;
        this.deploysAt = deployedAt;
    }
}
