package dev.netsim.ec2.prefixlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A customer-managed prefix list: a named, versioned set of CIDRs of one address family. */
@Entity
@Table(name = "managed_prefix_list")
public class ManagedPrefixList extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String name;
    private String addressFamily;
    private int maxEntries;
    private long version;
    private String state;
    private String clientToken;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "managed_prefix_list_entry", joinColumns = @JoinColumn(name = "prefix_list_id"))
    private List<PrefixListEntry> entries = new ArrayList<>();

    protected ManagedPrefixList() {
    }

    ManagedPrefixList(String id, String account, String region, String name, String addressFamily, int maxEntries, String clientToken,
                      Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.name = name;
        this.addressFamily = addressFamily;
        this.maxEntries = maxEntries;
        this.version = 0; // the creation's entries make version 1
        this.state = "create-in-progress";
        this.clientToken = clientToken;
        this.createdAt = createdAt;
    }

    List<PrefixListEntry> entriesAt(long atVersion) {
        return entries.stream().filter(e -> e.inVersion(atVersion)).sorted(java.util.Comparator.comparing(PrefixListEntry::getCidr)).toList();
    }

    List<PrefixListEntry> currentEntries() {
        return entriesAt(version);
    }

    /** Makes the next version: the current entries minus {@code removed} plus {@code added}. */
    void nextVersion(List<String> removed, List<PrefixListEntry> added, String newState) {
        long next = version + 1;
        entries.stream().filter(PrefixListEntry::isCurrent).filter(e -> removed.contains(e.getCidr())).forEach(e -> e.removeAsOf(next));
        added.forEach(e -> entries.add(new PrefixListEntry(e.getCidr(), e.getDescription(), next)));
        version = next;
        state = newState;
    }

    public String arn() {
        return "arn:aws:ec2:" + region + ":" + account + ":prefix-list/" + id;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getName() { return name; }
    public String getAddressFamily() { return addressFamily; }
    public int getMaxEntries() { return maxEntries; }
    public long getVersion() { return version; }
    public String getState() { return state; }
    public String getClientToken() { return clientToken; }

    void rename(String newName) { this.name = newName; }
    void resize(int newMaxEntries) { this.maxEntries = newMaxEntries; this.state = "modify-complete"; }
}
