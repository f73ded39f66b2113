package dev.netsim.ec2.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import dev.netsim.common.persistence.AssignedIdEntity;

@Entity
@Table(name = "network_acl")
public class NetworkAcl extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    @Column(name = "is_default")
    private boolean defaultAcl;
    private Instant createdAt;

    // Entries and associations are rows of their own: adding or removing one writes one row, and adding
    // one reads nothing. Lazy, and loaded for many ACLs at once when a Describe reads them.
    @OneToMany(mappedBy = "acl", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("egress, ruleNumber")
    private List<NetworkAclEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "acl", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("associationId")
    private List<NetworkAclAssociation> associations = new ArrayList<>();

    protected NetworkAcl() {
    }

    public NetworkAcl(String id, String account, String region, String vpcId, boolean defaultAcl, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.vpcId = vpcId;
        this.defaultAcl = defaultAcl;
        this.createdAt = createdAt;
    }

    /**
     * Entries as AWS lists them: numbered rules in ascending order, then the unmodifiable
     * catch-all {@code *} deny rule (number 32767) of each direction.
     */
    public List<NetworkAclEntry> entriesWithCatchAll() {
        List<NetworkAclEntry> all = new ArrayList<>(entries);
        all.add(NetworkAclEntry.catchAllDeny(false));
        all.add(NetworkAclEntry.catchAllDeny(true));
        all.sort(java.util.Comparator.comparing(NetworkAclEntry::isEgress).thenComparing(NetworkAclEntry::getRuleNumber));
        return all;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getVpcId() { return vpcId; }
    public boolean isDefaultAcl() { return defaultAcl; }
    public List<NetworkAclEntry> getEntries() { return entries; }

    public void addEntry(NetworkAclEntry entry) {
        entry.belongTo(this);
        entries.add(entry);
    }
    public List<NetworkAclAssociation> getAssociations() { return associations; }

    public void addAssociation(NetworkAclAssociation association) {
        association.belongTo(this);
        associations.add(association);
    }
}
