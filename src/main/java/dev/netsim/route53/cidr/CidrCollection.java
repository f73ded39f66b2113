package dev.netsim.route53.cidr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;
import tools.jackson.core.type.TypeReference;

/** A CIDR collection: named locations, each with its CIDR blocks, and a version that every change increments. */
@Entity
@Table(name = "route53_cidr_collection")
public class CidrCollection extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String name;
    private String callerReference;
    private long version;
    private String locations;

    protected CidrCollection() {
    }

    CidrCollection(String id, String account, String name, String callerReference) {
        this.id = id;
        this.account = account;
        this.name = name;
        this.callerReference = callerReference;
        this.version = 1;
        this.locations = "{}";
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getName() { return name; }
    public String getCallerReference() { return callerReference; }
    public long getVersion() { return version; }

    public String arn() {
        return "arn:aws:route53:::cidrcollection/" + id;
    }

    /** Location name → its blocks, in the order they were added. */
    public Map<String, List<String>> locations() {
        Map<String, List<String>> read = StoredJson.read(locations, new TypeReference<LinkedHashMap<String, List<String>>>() {
        });
        return read == null ? new LinkedHashMap<>() : read;
    }

    void replaceLocations(Map<String, List<String>> updated) {
        this.locations = StoredJson.write(updated);
        this.version++;
    }
}
