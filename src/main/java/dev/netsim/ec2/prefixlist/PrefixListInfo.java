package dev.netsim.ec2.prefixlist;

import java.util.List;

/**
 * A prefix list as Describe calls show it, customer-managed or AWS-managed (which have no
 * maximum and no version).
 */
public record PrefixListInfo(String id, String name, String addressFamily, String ownerId, Integer maxEntries, Long version,
                             String state, String arn, List<PrefixListEntry> entries) {

    public boolean awsManaged() {
        return AwsServicePrefixLists.OWNER.equals(ownerId);
    }

    public List<String> cidrs() {
        return entries.stream().map(PrefixListEntry::getCidr).toList();
    }
}
