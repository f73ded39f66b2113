package dev.netsim.cloudfront.function;

import java.io.Serializable;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One stage (DEVELOPMENT or LIVE) of a CloudFront Function: its config as XML, its code, its ETag. */
@Entity
@Table(name = "cloudfront_function")
@IdClass(CloudFrontFunction.Key.class)
public class CloudFrontFunction extends AssignedIdEntity<CloudFrontFunction.Key> {

    static final String DEVELOPMENT = "DEVELOPMENT";
    static final String LIVE = "LIVE";

    /** A stage's identity: account, function name and stage. */
    public record Key(String account, String name, String stage) implements Serializable {
    }

    @Id
    private String account;
    @Id
    private String name;
    @Id
    private String stage;
    private String etag;
    private Instant created;
    private Instant lastModified;
    private String configXml;
    private String code;

    protected CloudFrontFunction() {
    }

    CloudFrontFunction(String account, String name, String stage, String etag, Instant created, String configXml, byte[] code) {
        this.account = account;
        this.name = name;
        this.stage = stage;
        this.created = created;
        replace(etag, created, configXml, code);
    }

    @Override
    public Key getId() {
        return new Key(account, name, stage);
    }

    String getName() { return name; }
    String getStage() { return stage; }
    String getEtag() { return etag; }
    Instant getCreated() { return created; }
    Instant getLastModified() { return lastModified; }
    String getConfigXml() { return configXml; }

    byte[] code() {
        return Base64.getDecoder().decode(code);
    }

    void replace(String newEtag, Instant when, String newConfigXml, byte[] newCode) {
        this.etag = newEtag;
        this.lastModified = when;
        this.configXml = newConfigXml;
        this.code = Base64.getEncoder().encodeToString(newCode);
    }
}
