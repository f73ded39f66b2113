package dev.netsim.route53.cidr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.route53.record.CidrLocationLookup;
import dev.netsim.route53.record.RecordSetRepository;
import dev.netsim.route53.record.RecordSetRow;
import dev.netsim.route53.zone.Route53ReferenceLock;
import dev.netsim.simulation.dns.CidrCollectionModel;
import dev.netsim.simulation.dns.IpPrefix;
import dev.netsim.simulation.dns.RecordSet;

/**
 * CIDR collections for IP-based routing: create, change (PUT adds blocks to a location,
 * DELETE_IF_EXISTS removes them; a location without blocks is gone), list, delete. IPv4 blocks are
 * /1 to /24 and IPv6 /1 to /48; what records use cannot be removed.
 */
@Service
@Transactional
public class CidrCollectionService implements CidrLocationLookup {

    static final int MAX_COLLECTIONS = 5;
    private static final Pattern NAME = Pattern.compile("[0-9A-Za-z_\\-]{1,64}");
    private static final Pattern LOCATION = Pattern.compile("[0-9A-Za-z_\\-]{1,16}");

    private final CidrCollectionRepository collections;
    private final RecordSetRepository records;
    private final IdGenerator ids;
    private final Route53ReferenceLock referenceLock;

    public CidrCollectionService(CidrCollectionRepository collections, RecordSetRepository records, IdGenerator ids,
                                 Route53ReferenceLock referenceLock) {
        this.collections = collections;
        this.records = records;
        this.ids = ids;
        this.referenceLock = referenceLock;
    }

    public CidrCollection create(Scope scope, String name, String callerReference) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidInput", "The collection name must be 1 to 64 letters, digits, hyphens or underscores.");
        }
        if (callerReference == null || callerReference.isEmpty() || callerReference.length() > 64) {
            throw new AwsException("InvalidInput", "CallerReference must be 1 to 64 characters long.");
        }
        referenceLock.hold();
        if (collections.findByAccountAndName(scope.account(), name).isPresent()) {
            throw new AwsException("CidrCollectionAlreadyExistsException", "A CIDR collection named " + name + " already exists.");
        }
        if (collections.countByAccount(scope.account()) >= MAX_COLLECTIONS) {
            throw new AwsException("LimitsExceeded", "You have reached the maximum number of CIDR collections (" + MAX_COLLECTIONS + ").");
        }
        return collections.save(new CidrCollection(ids.uuid(), scope.account(), name, callerReference));
    }

    @Transactional(readOnly = true)
    public CidrCollection get(Scope scope, String id) {
        return collections.findByIdAndAccount(id, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchCidrCollectionException", "The CIDR collection " + id + " does not exist.", 404));
    }

    @Transactional(readOnly = true)
    public List<CidrCollection> list(Scope scope) {
        return collections.findByAccountOrderById(scope.account());
    }

    /** One block of a location, as ListCidrBlocks lists them (by location, then block). */
    public record Block(String location, String cidr) {

        public String key() {
            return location + " " + cidr;
        }
    }

    /** The collection's blocks, of one location (NoSuchCidrLocationException when it has none) or of all. */
    @Transactional(readOnly = true)
    public List<Block> blocks(Scope scope, String id, String location) {
        Map<String, List<String>> locations = get(scope, id).locations();
        if (location != null && !locations.containsKey(location)) {
            throw new AwsException("NoSuchCidrLocationException", "The CIDR collection has no location " + location + ".", 404);
        }
        List<Block> blocks = new ArrayList<>();
        locations.forEach((name, cidrs) -> {
            if (location == null || location.equals(name)) {
                cidrs.forEach(cidr -> blocks.add(new Block(name, cidr)));
            }
        });
        blocks.sort(java.util.Comparator.comparing(Block::key));
        return blocks;
    }

    /** One change of ChangeCidrCollection. */
    public record Change(String locationName, String action, List<String> cidrs) {
    }

    public CidrCollection change(Scope scope, String id, Long expectedVersion, List<Change> changes) {
        CidrCollection collection = collections.lockForChange(id, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchCidrCollectionException", "The CIDR collection " + id + " does not exist.", 404));
        if (expectedVersion != null && expectedVersion != collection.getVersion()) {
            throw new AwsException("CidrCollectionVersionMismatchException", "The CIDR collection version is " + collection.getVersion()
                    + ", not " + expectedVersion + ".", 409);
        }
        Map<String, List<String>> locations = collection.locations();
        for (Change change : changes) {
            if (change.locationName() == null || !LOCATION.matcher(change.locationName()).matches()) {
                throw new AwsException("InvalidInput", "A location name is 1 to 16 letters, digits, hyphens or underscores (and not *): "
                        + change.locationName());
            }
            Set<String> blocks = new LinkedHashSet<>(locations.getOrDefault(change.locationName(), List.of()));
            List<String> given = change.cidrs().stream().map(CidrCollectionService::canonicalBlock).toList();
            switch (change.action()) {
                case "PUT" -> blocks.addAll(given);
                case "DELETE_IF_EXISTS" -> given.forEach(blocks::remove);
                default -> throw new AwsException("InvalidInput", "The action must be PUT or DELETE_IF_EXISTS, not " + change.action());
            }
            if (blocks.isEmpty()) {
                if (locations.containsKey(change.locationName()) && usedBy(collection.getId(), change.locationName())) {
                    throw new AwsException("CidrBlockInUseException", "The location " + change.locationName()
                            + " is used by IP-based record sets, so its last blocks cannot be removed.");
                }
                locations.remove(change.locationName());
            } else {
                locations.put(change.locationName(), new ArrayList<>(blocks));
            }
        }
        collection.replaceLocations(locations);
        return collection;
    }

    /** IPv4 /1–/24 and IPv6 /1–/48, in canonical form. */
    private static String canonicalBlock(String cidr) {
        IpPrefix prefix;
        try {
            prefix = IpPrefix.parse(cidr);
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidInput", "Invalid CIDR block: " + cidr);
        }
        int max = prefix.isIpv4() ? 24 : 48;
        if (!cidr.contains("/") || prefix.length() < 1 || prefix.length() > max) {
            throw new AwsException("InvalidInput", "The CIDR block " + cidr + " must have a prefix length of /1 to /" + max + ".");
        }
        return prefix.toString();
    }

    public void delete(Scope scope, String id) {
        CidrCollection collection = get(scope, id);
        if (usedBy(collection.getId(), null)) {
            throw new AwsException("CidrCollectionInUseException", "The CIDR collection " + id + " is used by IP-based record sets.");
        }
        collections.delete(collection);
    }

    private boolean usedBy(String collectionId, String location) {
        return records.findAll().stream().map(RecordSetRow::recordSet).map(RecordSet::cidrRouting)
                .anyMatch(r -> r != null && r.collectionId().equals(collectionId) && (location == null || r.locationName().equals(location)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> problem(String account, String collectionId, String locationName) {
        Optional<CidrCollection> collection = collections.findByIdAndAccount(collectionId, account);
        if (collection.isEmpty()) {
            return Optional.of("The CIDR collection " + collectionId + " does not exist");
        }
        if (!locationName.equals("*") && !collection.get().locations().containsKey(locationName)) {
            return Optional.of("The CIDR collection " + collectionId + " has no location " + locationName);
        }
        return Optional.empty();
    }

    /** Every collection as the answer engine reads it. */
    @Transactional(readOnly = true)
    public Map<String, CidrCollectionModel> models() {
        Map<String, CidrCollectionModel> models = new HashMap<>();
        for (CidrCollection c : collections.findAll()) {
            Map<String, List<IpPrefix>> locations = new LinkedHashMap<>();
            c.locations().forEach((location, blocks) -> locations.put(location, blocks.stream().map(IpPrefix::parse).toList()));
            models.put(c.getId(), new CidrCollectionModel(c.getId(), c.getName(), locations));
        }
        return models;
    }
}
