package dev.netsim.cloudfront.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.netsim.simulation.cdn.EdgeLocations;

/** The edge table: built in, or read from netsim.cloudfront.edges-file with each edge's nearest regional edge cache. */
class EdgeTableTest {

    @TempDir
    Path dir;

    @Test
    void aFileReplacesTheBuiltInTable() throws Exception {
        assertThat(EdgeTable.load(null)).isSameAs(EdgeLocations.DEFAULTS);
        Path file = Files.writeString(dir.resolve("edges.json"), "[{\"pop\": \"MAD53-P1\", \"city\": \"Madrid\", \"latitude\": 40.47, "
                + "\"longitude\": -3.56, \"priceTier\": 100}, {\"pop\": \"BOM78-P4\", \"city\": \"Mumbai\", \"latitude\": 19.09, \"longitude\": 72.87, "
                + "\"priceTier\": 200}]");
        EdgeLocations edges = EdgeTable.load(file.toString());
        assertThat(edges.all()).hasSize(2);
        assertThat(edges.find("MAD").orElseThrow().regionalEdgeCache()).isIn("eu-west-1", "eu-west-2", "eu-central-1");
        assertThat(edges.find("BOM78-P4").orElseThrow().regionalEdgeCache()).isEqualTo("ap-south-1");
    }

    @Test
    void aBadFileStopsTheStartWithItsProblem() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"pop\": \"madrid\", \"city\": \"Madrid\", \"latitude\": 40.47, \"longitude\": -3.56, "
                + "\"priceTier\": 100}]");
        assertThatThrownBy(() -> EdgeTable.load(bad.toString())).hasMessageContaining("needs a POP code");
        assertThatThrownBy(() -> EdgeTable.load(dir.resolve("missing.json").toString())).hasMessageContaining("unreadable");
    }
}
