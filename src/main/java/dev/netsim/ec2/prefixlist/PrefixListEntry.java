package dev.netsim.ec2.prefixlist;

import jakarta.persistence.Embeddable;

/** One CIDR of a customer-managed prefix list, with the versions it belongs to. */
@Embeddable
public class PrefixListEntry {

    private String cidr;
    private String description;
    private long addedInVersion;
    private Long removedInVersion;

    protected PrefixListEntry() {
    }

    PrefixListEntry(String cidr, String description, long addedInVersion) {
        this.cidr = cidr;
        this.description = description;
        this.addedInVersion = addedInVersion;
    }

    boolean inVersion(long version) {
        return addedInVersion <= version && (removedInVersion == null || removedInVersion > version);
    }

    boolean isCurrent() {
        return removedInVersion == null;
    }

    void removeAsOf(long version) {
        this.removedInVersion = version;
    }

    public String getCidr() { return cidr; }
    public String getDescription() { return description; }
}
