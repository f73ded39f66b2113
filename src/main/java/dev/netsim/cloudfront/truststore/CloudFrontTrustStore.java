package dev.netsim.cloudfront.truststore;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.common.persistence.AssignedIdEntity;

/** A trust store of an account: its name, where its CA bundle lives (CaCertificatesBundleSource, as XML) and its ETag. */
@Entity
@Table(name = "cloudfront_trust_store")
public class CloudFrontTrustStore extends AssignedIdEntity<String> {

    static final String ARN_TYPE = "trust-store";

    @Id
    private String id;
    private String account;
    private String name;
    private String sourceXml;
    private String etag;
    private Instant lastModified;

    protected CloudFrontTrustStore() {
    }

    CloudFrontTrustStore(String id, String account, String name) {
        this.id = id;
        this.account = account;
        this.name = name;
    }

    @Override
    public String getId() { return id; }
    String getAccount() { return account; }
    String getName() { return name; }
    String getSourceXml() { return sourceXml; }
    String getEtag() { return etag; }
    Instant getLastModified() { return lastModified; }

    String arn() {
        return CloudFrontArns.of(account, ARN_TYPE, id);
    }

    void set(String newSourceXml, String newEtag, Instant when) {
        this.sourceXml = newSourceXml;
        this.etag = newEtag;
        this.lastModified = when;
    }
}
