package dev.netsim.cloudfront.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.netsim.simulation.cdn.EdgeLocation;
import dev.netsim.simulation.cdn.EdgeLocations;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The edge locations the CDN simulation serves from: the built-in table, or {@code netsim.cloudfront.edges-file}. */
final class EdgeTable {

    /** One edge as the file writes it; its regional edge cache is the nearest REC Region. */
    record Entry(String pop, String city, double latitude, double longitude, int priceTier) {
    }

    private EdgeTable() {
    }

    static EdgeLocations load(String file) {
        if (file == null || file.isBlank()) {
            return EdgeLocations.DEFAULTS;
        }
        try {
            List<Entry> entries = JsonMapper.builder().build().readValue(Files.readString(Path.of(file)), new TypeReference<List<Entry>>() { });
            if (entries.isEmpty()) {
                throw new IllegalStateException("netsim.cloudfront.edges-file " + file + " lists no edge location");
            }
            for (Entry e : entries) {
                if (e.pop() == null || !e.pop().matches("[A-Z]{3}\\d{1,2}(-[CP]\\d{1,2})?") || Math.abs(e.latitude()) > 90
                        || Math.abs(e.longitude()) > 180 || (e.priceTier() != 100 && e.priceTier() != 200 && e.priceTier() != 300)) {
                    throw new IllegalStateException("netsim.cloudfront.edges-file " + file + ": " + e + " needs a POP code such as IAD89-C1, "
                            + "coordinates and a price tier of 100, 200 or 300");
                }
            }
            return new EdgeLocations(entries.stream().map(e -> EdgeLocations.edge(e.pop(), e.city(), e.latitude(), e.longitude(), e.priceTier()))
                    .toList());
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("netsim.cloudfront.edges-file " + file + " is unreadable: " + e.getMessage(), e);
        }
    }
}
