package dev.netsim.elbv2.truststore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;

/** A trust store: the CA bundle that verifies clients' certificates, and the revocation lists added to it. */
@Entity
@Table(name = "trust_store")
public class TrustStore extends AssignedIdEntity<String> {

    @Id
    private String arn;
    private String account;
    private String region;
    private String name;
    private String caBundle;
    private String revocations;
    private long nextRevocationId;
    private Instant createdAt;

    protected TrustStore() {
    }

    TrustStore(String arn, String account, String region, String name, S3Location caBundle, Instant createdAt) {
        this.arn = arn;
        this.account = account;
        this.region = region;
        this.name = name;
        this.caBundle = StoredJson.write(caBundle);
        this.revocations = StoredJson.write(List.of());
        this.nextRevocationId = 1;
        this.createdAt = createdAt;
    }

    public String getArn() { return arn; }
    public String getName() { return name; }

    public S3Location caBundle() {
        return StoredJson.read(caBundle, S3Location.class);
    }

    void setCaBundle(S3Location location) {
        this.caBundle = StoredJson.write(location);
    }

    public List<Revocation> revocations() {
        return StoredJson.readList(revocations, Revocation.class);
    }

    /** Adds the lists with the next ids, in the caller's order. */
    List<Revocation> addRevocations(String type, List<S3Location> locations) {
        List<Revocation> all = new ArrayList<>(revocations());
        List<Revocation> added = new ArrayList<>();
        for (S3Location location : locations) {
            Revocation revocation = new Revocation(nextRevocationId++, type, location);
            added.add(revocation);
            all.add(revocation);
        }
        this.revocations = StoredJson.write(all);
        return added;
    }

    void removeRevocations(java.util.Collection<Long> ids) {
        this.revocations = StoredJson.write(revocations().stream().filter(r -> !ids.contains(r.id())).toList());
    }

    @Override
    public String getId() {
        return arn;
    }
}
