package dev.netsim.route53.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AllocationLockRepository;
import dev.netsim.common.AwsException;
import dev.netsim.common.StateResetEvent;
import dev.netsim.common.persistence.CommittedWrites;
import dev.netsim.common.persistence.StoredJson;
import dev.netsim.simulation.dns.LocationTable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The location table that places DNS clients: the built-in one, or the JSON array of entries in
 * {@code netsim.dns.locations-file}, until {@code PUT /api/simulate/dns/locations} replaces it. A
 * replacement is stored, so every node sharing the database places clients alike; this node reads
 * it again only after one was committed.
 */
@Component
public class DnsLocations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOPIC = "dns-locations";

    private record Known(long version, LocationTable table) {
    }

    private final LocationTable initial;
    private final JdbcTemplate jdbc;
    private final AllocationLockRepository locks;
    private final CommittedWrites writes;
    private volatile Known known = new Known(-1, null);

    DnsLocations(@Value("${netsim.dns.locations-file:}") String file, JdbcTemplate jdbc, AllocationLockRepository locks, CommittedWrites writes) {
        this.initial = file.isBlank() ? LocationTable.defaults() : read(Path.of(file));
        this.jdbc = jdbc;
        this.locks = locks;
        this.writes = writes;
    }

    /** A reset of Netsim's state (which removes the stored replacement) brings back the table it started with. */
    @EventListener(StateResetEvent.class)
    void reset() {
        writes.alsoMoves(TOPIC);
    }

    private static LocationTable read(Path file) {
        try {
            return new LocationTable(JSON.readValue(Files.readString(file), new TypeReference<List<LocationTable.Entry>>() {
            }));
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("netsim.dns.locations-file " + file + " is not a JSON array of location entries: " + e.getMessage(), e);
        }
    }

    public LocationTable table() {
        return current().table();
    }

    /** Moves whenever the table is replaced or reset, on any node. */
    public long version() {
        return current().version();
    }

    private Known current() {
        long version = writes.version(TOPIC);
        Known cached = known;
        if (cached.version() == version) {
            return cached;
        }
        // read after the count: a replacement committed in between is read now and read again at the next count
        List<String> stored = jdbc.queryForList("select entries_json from dns_location_table where id = 1", String.class);
        Known fresh = new Known(version, stored.isEmpty() ? initial : new LocationTable(StoredJson.readList(stored.get(0), LocationTable.Entry.class)));
        known = fresh;
        return fresh;
    }

    /** Replaces the table; every entry's block must parse. One replacement at a time, across nodes. */
    @Transactional
    public LocationTable replace(List<LocationTable.Entry> entries) {
        LocationTable table;
        try {
            entries.forEach(e -> {
                if (e.cidr() == null) {
                    throw new IllegalArgumentException("every entry needs a cidr");
                }
            });
            table = new LocationTable(entries);
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidInput", "The location table is invalid: " + e.getMessage());
        }
        locks.acquire(TOPIC);
        jdbc.update("delete from dns_location_table");
        jdbc.update("insert into dns_location_table (id, entries_json) values (1, ?)", StoredJson.write(entries));
        writes.alsoMoves(TOPIC);
        return table;
    }
}
