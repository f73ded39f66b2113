package dev.netsim.ec2.prefixlist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.net.Ipv6Cidr;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Ids;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;

/**
 * Managed prefix lists: customer-managed ones (create, modify with versions, restore, delete) and
 * the read-only AWS-managed ones of each region.
 */
@Service
@Transactional
public class PrefixListService implements PrefixListDirectory {

    static final DescribeQuery.Kind MANAGED_KIND = new DescribeQuery.Kind("pl", "InvalidPrefixListId", "InvalidPrefixListID.NotFound",
            "prefix list", 1, 100);
    static final DescribeQuery.Kind AWS_KIND = new DescribeQuery.Kind("pl", "InvalidPrefixListId", "InvalidPrefixListID.NotFound",
            "prefix list", 5, 1000);
    static final int MAX_ENTRIES_LIMIT = 1000;
    static final int LISTS_PER_REGION = 100;

    private static final FilterSpec<Tagged<PrefixListInfo>> MANAGED_FILTERS = FilterSpec.<Tagged<PrefixListInfo>>builder(Tagged::tags)
            .on("owner-id", t -> t.resource().ownerId())
            .on("prefix-list-id", t -> t.resource().id())
            .on("prefix-list-name", t -> t.resource().name())
            .build();
    private static final FilterSpec<Tagged<PrefixListInfo>> AWS_FILTERS = FilterSpec.<Tagged<PrefixListInfo>>builder(Tagged::tags)
            .on("prefix-list-id", t -> t.resource().id())
            .on("prefix-list-name", t -> t.resource().name())
            .build();

    /** What CreateManagedPrefixList and ModifyManagedPrefixList take as an entry. */
    public record EntryInput(String cidr, String description) {
    }

    private final ManagedPrefixListRepository lists;
    private final AwsServicePrefixLists awsLists;
    private final ObjectProvider<PrefixListUsers> users;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;
    private final RegionQuotaLock quotaLock;

    public PrefixListService(ManagedPrefixListRepository lists, AwsServicePrefixLists awsLists, ObjectProvider<PrefixListUsers> users,
                             TagService tags, IdGenerator ids, Clock clock, RegionQuotaLock quotaLock) {
        this.lists = lists;
        this.awsLists = awsLists;
        this.users = users;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }

    public Tagged<PrefixListInfo> create(Scope scope, String name, String addressFamily, Integer maxEntries, List<EntryInput> entries,
                                         String clientToken, Map<String, String> newTags) {
        if (clientToken != null) {
            var earlier = lists.findByAccountAndRegionAndClientToken(scope.account(), scope.region(), clientToken);
            if (earlier.isPresent()) {
                return tagged(earlier.get());
            }
        }
        requireName(name);
        if (addressFamily == null) {
            throw Ec2Errors.missing("AddressFamily");
        }
        if (!addressFamily.equals("IPv4") && !addressFamily.equals("IPv6")) {
            throw Ec2Errors.invalidValue("AddressFamily", addressFamily, "Valid values are IPv4 and IPv6.");
        }
        if (maxEntries == null) {
            throw Ec2Errors.missing("MaxEntries");
        }
        requireMaxEntries(maxEntries);
        List<PrefixListEntry> parsed = parse(addressFamily, entries);
        requireDistinct(parsed);
        if (parsed.size() > maxEntries) {
            throw new AwsException("InvalidParameterValue", "The prefix list has " + parsed.size() + " entries, more than its MaxEntries " + maxEntries + ".");
        }
        quotaLock.hold(scope);
        if (lists.findByAccountAndRegionOrderById(scope.account(), scope.region()).size() >= LISTS_PER_REGION) {
            throw new AwsException("PrefixListLimitExceeded", "The maximum number of prefix lists (" + LISTS_PER_REGION + ") has been reached.");
        }
        ManagedPrefixList list = new ManagedPrefixList(ids.ec2Id("pl"), scope.account(), scope.region(), name, addressFamily, maxEntries,
                clientToken, clock.instant());
        list.nextVersion(List.of(), parsed, "create-complete");
        lists.save(list);
        tags.tagNew(scope, list.getId(), "prefix-list", newTags);
        return tagged(list);
    }

    /**
     * ModifyManagedPrefixList: rename, resize, or change entries against the current version (AWS
     * refuses entry changes together with a resize).
     */
    public Tagged<PrefixListInfo> modify(Scope scope, String id, Long currentVersion, String newName, List<EntryInput> add,
                                         List<String> remove, Integer newMaxEntries) {
        ManagedPrefixList list = findCustomer(scope, id);
        boolean changesEntries = !add.isEmpty() || !remove.isEmpty();
        if (changesEntries && newMaxEntries != null) {
            throw new AwsException("InvalidParameterCombination", "You cannot modify the entries of a prefix list and its MaxEntries in the same request.");
        }
        if (changesEntries && currentVersion == null) {
            throw Ec2Errors.missing("CurrentVersion");
        }
        if (currentVersion != null && currentVersion != list.getVersion()) {
            throw new AwsException("PrefixListVersionMismatch", "The prefix list " + id + " is at version " + list.getVersion()
                    + ", not " + currentVersion + ".");
        }
        if (newName != null) {
            requireName(newName);
            list.rename(newName);
        }
        if (newMaxEntries != null) {
            requireMaxEntries(newMaxEntries);
            if (newMaxEntries < list.currentEntries().size()) {
                throw new AwsException("InvalidParameterValue", "MaxEntries " + newMaxEntries + " is less than the " + list.currentEntries().size()
                        + " entries of " + id + ".");
            }
            list.resize(newMaxEntries);
        }
        if (changesEntries) {
            List<PrefixListEntry> added = parse(list.getAddressFamily(), add);
            requireDistinct(added);
            List<String> removed = remove.stream().map(cidr -> canonical(list.getAddressFamily(), cidr)).toList();
            Set<String> current = new HashSet<>(list.currentEntries().stream().map(PrefixListEntry::getCidr).toList());
            removed.stream().filter(cidr -> !current.contains(cidr)).findFirst().ifPresent(cidr -> {
                throw new AwsException("InvalidParameterValue", "The entry " + cidr + " is not in prefix list " + id + ".");
            });
            current.removeAll(removed);
            added.stream().filter(e -> current.contains(e.getCidr())).findFirst().ifPresent(e -> {
                throw new AwsException("InvalidParameterValue", "The entry " + e.getCidr() + " is already in prefix list " + id + ".");
            });
            if (current.size() + added.size() > list.getMaxEntries()) {
                throw new AwsException("InvalidParameterValue", "The prefix list " + id + " would have " + (current.size() + added.size())
                        + " entries, more than its MaxEntries " + list.getMaxEntries() + ".");
            }
            list.nextVersion(removed, added, "modify-complete");
        }
        return tagged(list);
    }

    /** RestoreManagedPrefixListVersion: the entries of an earlier version become the next version. */
    public Tagged<PrefixListInfo> restore(Scope scope, String id, Long previousVersion, Long currentVersion) {
        ManagedPrefixList list = findCustomer(scope, id);
        if (previousVersion == null || currentVersion == null) {
            throw Ec2Errors.missing(previousVersion == null ? "PreviousVersion" : "CurrentVersion");
        }
        if (currentVersion != list.getVersion()) {
            throw new AwsException("PrefixListVersionMismatch", "The prefix list " + id + " is at version " + list.getVersion()
                    + ", not " + currentVersion + ".");
        }
        requireVersion(list, previousVersion);
        List<PrefixListEntry> wanted = list.entriesAt(previousVersion);
        List<String> removed = list.currentEntries().stream().map(PrefixListEntry::getCidr).toList();
        list.nextVersion(removed, wanted, "restore-complete");
        return tagged(list);
    }

    public Tagged<PrefixListInfo> delete(Scope scope, String id) {
        ManagedPrefixList list = findCustomer(scope, id);
        List<String> referrers = users.stream().flatMap(u -> u.usersOf(id).stream()).toList();
        if (!referrers.isEmpty()) {
            throw Ec2Errors.dependencyViolation("prefix list", id, String.join(", ", referrers));
        }
        Tagged<PrefixListInfo> gone = tagged(list);
        tags.forget(id);
        lists.delete(list);
        return gone;
    }

    /** DescribeManagedPrefixLists: the caller's lists and AWS's, by id. */
    @Transactional(readOnly = true)
    public Page<Tagged<PrefixListInfo>> describeManaged(Scope scope, DescribeQuery query) {
        return query.apply(MANAGED_KIND, visible(scope), PrefixListInfo::id, MANAGED_FILTERS);
    }

    /** The caller's lists and AWS's in the region, by id. */
    @Transactional(readOnly = true)
    public List<Tagged<PrefixListInfo>> visible(Scope scope) {
        List<Tagged<PrefixListInfo>> all = new ArrayList<>();
        lists.findByAccountAndRegionOrderById(scope.account(), scope.region()).forEach(l -> all.add(tagged(l)));
        awsLists.inRegion(scope.region()).forEach(l -> all.add(new Tagged<>(info(scope, l), Map.of())));
        all.sort(java.util.Comparator.comparing(t -> t.resource().id()));
        return all;
    }

    /** DescribePrefixLists: the AWS service lists only, as gateway endpoints use them. */
    @Transactional(readOnly = true)
    public Page<Tagged<PrefixListInfo>> describeAwsService(Scope scope, DescribeQuery query) {
        List<Tagged<PrefixListInfo>> all = awsLists.inRegion(scope.region()).stream()
                .map(l -> new Tagged<>(info(scope, l), Map.<String, String>of()))
                .sorted(java.util.Comparator.comparing(t -> t.resource().id())).toList();
        return query.apply(AWS_KIND, all, PrefixListInfo::id, AWS_FILTERS);
    }

    /** GetManagedPrefixListEntries: the entries of the current or a given version, paged by CIDR. */
    @Transactional(readOnly = true)
    public Page<PrefixListEntry> entries(Scope scope, String id, Long targetVersion, Integer maxResults, String nextToken) {
        PrefixListInfo info = find(scope, id);
        List<PrefixListEntry> entries = info.entries();
        if (targetVersion != null && !info.awsManaged()) {
            ManagedPrefixList list = findCustomer(scope, id);
            requireVersion(list, targetVersion);
            entries = list.entriesAt(targetVersion);
        }
        if (maxResults != null && (maxResults < 1 || maxResults > 100)) {
            throw Ec2Errors.invalidValue("MaxResults", String.valueOf(maxResults), "Value must be between 1 and 100.");
        }
        return Pager.page(entries, PrefixListEntry::getCidr, maxResults, nextToken, "InvalidNextToken");
    }

    /** Any prefix list the caller can see, customer-managed or AWS-managed. */
    @Transactional(readOnly = true)
    public PrefixListInfo find(Scope scope, String id) {
        requireId(id);
        return awsLists.inRegion(scope.region()).stream().filter(l -> l.id().equals(id)).findFirst().map(l -> info(scope, l))
                .orElseGet(() -> tagged(findCustomer(scope, id)).resource());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String id) {
        return awsLists.inRegion(scope.region()).stream().anyMatch(l -> l.id().equals(id))
                || lists.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }

    /** Whether the id is a customer-managed list of the caller (what CreateTags may tag). */
    public boolean customerListExists(Scope scope, String id) {
        return lists.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }

    private ManagedPrefixList findCustomer(Scope scope, String id) {
        requireId(id);
        if (awsLists.inRegion(scope.region()).stream().anyMatch(l -> l.id().equals(id))) {
            throw new AwsException("InvalidParameterValue", "The prefix list " + id + " is managed by AWS and cannot be changed.");
        }
        return lists.findByIdAndAccountAndRegion(id, scope.account(), scope.region())
                .orElseThrow(() -> Ec2Errors.notFound("InvalidPrefixListID", "prefix list", id));
    }

    private static void requireId(String id) {
        if (id == null || id.isEmpty()) {
            throw Ec2Errors.missing("PrefixListId");
        }
        Ec2Ids.requireWellFormed(id, "pl", "InvalidPrefixListId");
    }

    private static void requireVersion(ManagedPrefixList list, long version) {
        if (version < 1 || version > list.getVersion()) {
            throw new AwsException("InvalidParameterValue", "The prefix list " + list.getId() + " has versions 1 to " + list.getVersion()
                    + ", not " + version + ".");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw Ec2Errors.missing("PrefixListName");
        }
        if (name.length() > 255 || name.startsWith("com.amazonaws")) {
            throw Ec2Errors.invalidValue("PrefixListName", name, "Names are up to 255 characters and cannot start with com.amazonaws.");
        }
    }

    private static void requireMaxEntries(int maxEntries) {
        if (maxEntries < 1 || maxEntries > MAX_ENTRIES_LIMIT) {
            throw Ec2Errors.invalidValue("MaxEntries", String.valueOf(maxEntries), "Value must be between 1 and " + MAX_ENTRIES_LIMIT + ".");
        }
    }

    private static List<PrefixListEntry> parse(String family, List<EntryInput> entries) {
        return entries.stream().map(e -> new PrefixListEntry(canonical(family, e.cidr()), e.description(), 0)).toList();
    }

    private static void requireDistinct(List<PrefixListEntry> entries) {
        Set<String> seen = new HashSet<>();
        entries.stream().filter(e -> !seen.add(e.getCidr())).findFirst().ifPresent(e -> {
            throw new AwsException("InvalidParameterValue", "The entry " + e.getCidr() + " is given more than once.");
        });
    }

    private static String canonical(String family, String cidr) {
        String canonical = family.equals("IPv4") ? Objects.toString(Ipv4Cidr.parseOrNull(cidr), null) : Ipv6Cidr.canonicalOrNull(cidr);
        if (canonical == null) {
            throw Ec2Errors.invalidValue("Cidr", cidr, "This is not a valid " + family + " CIDR block.");
        }
        return canonical;
    }

    private Tagged<PrefixListInfo> tagged(ManagedPrefixList list) {
        return new Tagged<>(new PrefixListInfo(list.getId(), list.getName(), list.getAddressFamily(), list.getAccount(), list.getMaxEntries(),
                list.getVersion(), list.getState(), list.arn(), list.currentEntries()), tags.tagsOf(list.getId()));
    }

    private static PrefixListInfo info(Scope scope, AwsServicePrefixLists.AwsPrefixList list) {
        return new PrefixListInfo(list.id(), list.name(), "IPv4", AwsServicePrefixLists.OWNER, null, null, "create-complete",
                "arn:aws:ec2:" + scope.region() + ":aws:prefix-list/" + list.id(),
                list.cidrs().stream().map(c -> new PrefixListEntry(c, null, 1)).toList());
    }
}
