package dev.netsim.ec2.defaultvpc;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** Marks an (account, region) whose default VPC has been created. */
@Entity
@Table(name = "initialized_scope")
@IdClass(InitializedScope.Key.class)
public class InitializedScope extends AssignedIdEntity<InitializedScope.Key> {

    @Id
    private String account;
    @Id
    private String region;

    protected InitializedScope() {
    }

    public InitializedScope(String account, String region) {
        this.account = account;
        this.region = region;
    }

    @Override
    public Key getId() {
        return new Key(account, region);
    }

    public record Key(String account, String region) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
