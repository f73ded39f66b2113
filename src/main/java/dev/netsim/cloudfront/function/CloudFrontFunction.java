package dev.netsim.cloudfront.function;

import java.io.Serializable;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One stage (DEVELOPMENT or LIVE) of a CloudFront Function or connection function: its config as XML, its code, its ETag. */
@Entity
@Table(name = "cloudfront_function_stage")
@IdClass(CloudFrontFunction.Key.class)
public class CloudFrontFunction extends AssignedIdEntity<CloudFrontFunction.Key> {

    static final String DEVELOPMENT = "DEVELOPMENT";
    static final String LIVE = "LIVE";

    /** A stage's identity: kind (the ARN's resource type), account, function name and stage. */
    public record Key(String kind, String account, String name, String stage) implements Serializable {
    }

    @Id
    private String kind;
    @Id
    private String account;
    @Id
    private String name;
    @Id
    private String stage;
    private String id;
    private String etag;
    private Instant created;
    private Instant lastModified;
    private String configXml;
    private String code;

    protected CloudFrontFunction() {
    }

    CloudFrontFunction(FunctionKind kind, String account, String name, String id, String stage, String etag, Instant created, String configXml,
                       byte[] code) {
        this.kind = kind.arnType();
        this.id = id;
        this.account = account;
        this.name = name;
        this.stage = stage;
        this.created = created;
        replace(etag, created, configXml, code);
    }

    @Override
    public Key getId() {
        return new Key(kind, account, name, stage);
    }

    FunctionKind kind() { return FunctionKind.ofArnType(kind); }
    String getName() { return name; }
    /** The part of the ARN after the kind: a viewer function's name, a connection function's id. */
    String getFunctionId() { return id; }
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
