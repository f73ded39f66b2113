package dev.netsim.route53.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.StateResetEvent;
import dev.netsim.simulation.dns.LocationTable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The location table that places DNS clients: the built-in one, or the JSON array of entries in
 * {@code netsim.dns.locations-file}, until {@code PUT /api/simulate/dns/locations} replaces it. Kept
 * in memory on this node.
 */
@Component
public class DnsLocations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String file;
    private volatile LocationTable table;
    private final AtomicLong version = new AtomicLong();

    DnsLocations(@Value("${netsim.dns.locations-file:}") String file) {
        this.file = file;
        this.table = initial();
    }

    private LocationTable initial() {
        return file.isBlank() ? LocationTable.defaults() : read(Path.of(file));
    }

    /** A reset of Netsim's state brings back the table it started with. */
    @EventListener(StateResetEvent.class)
    void reset() {
        table = initial();
        version.incrementAndGet();
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
        return table;
    }

    public long version() {
        return version.get();
    }

    /** Replaces the table; every entry's block must parse. */
    public LocationTable replace(List<LocationTable.Entry> entries) {
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
        version.incrementAndGet();
        return table;
    }
}
