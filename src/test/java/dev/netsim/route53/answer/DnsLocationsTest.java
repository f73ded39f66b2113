package dev.netsim.route53.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.netsim.common.AwsException;
import dev.netsim.simulation.dns.ClientLocation;
import dev.netsim.simulation.dns.IpPrefix;
import dev.netsim.simulation.dns.LocationTable;
import dev.netsim.support.NetsimIntegrationTest;

/** The location table: from netsim.dns.locations-file, replaced through the API (and stored), back to the start on a reset. */
class DnsLocationsTest extends NetsimIntegrationTest {

    @TempDir
    Path dir;

    @Autowired
    DnsLocations locations;

    @DynamicPropertySource
    static void locationsFile(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempFile("netsim-locations", ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, "[{\"cidr\": \"100.64.0.0/10\", \"continent\": \"EU\", \"country\": \"FR\", \"region\": \"eu-west-3\"}]");
        registry.add("netsim.dns.locations-file", file::toString);
    }

    @Test
    void aFileReplacesTheBuiltInTableAndAResetBringsItBack() throws Exception {
        ClientLocation paris = locations.table().locate(IpPrefix.parse("100.64.1.1"));
        assertThat(paris.country()).isEqualTo("FR");
        assertThat(paris.region()).isEqualTo("eu-west-3");
        assertThat(locations.table().locate(IpPrefix.parse("127.0.0.1")).isKnown()).as("the file replaces the built-in places").isFalse();

        long before = locations.version();
        locations.replace(List.of(new LocationTable.Entry("10.0.0.0/8", "NA", "US", "WA", "us-west-2", null, null, "vpc-1")));
        assertThat(locations.version()).isGreaterThan(before);
        assertThat(locations.table().locate(IpPrefix.parse("10.1.2.3")).vpcId()).isEqualTo("vpc-1");
        resetNetsim();
        assertThat(locations.table().locate(IpPrefix.parse("100.64.1.1")).country()).isEqualTo("FR");
        assertThat(locations.table().locate(IpPrefix.parse("10.1.2.3")).isKnown()).isFalse();
    }

    @Test
    void badEntriesAndBadFilesAreRefused() throws Exception {
        assertThatThrownBy(() -> locations.replace(List.of(new LocationTable.Entry("not-a-cidr", null, null, null, null, null, null, null))))
                .isInstanceOf(AwsException.class);
        assertThat(locations.table().locate(IpPrefix.parse("100.64.1.1")).isKnown()).as("a refused table changes nothing").isTrue();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{not json");
        assertThatThrownBy(() -> new DnsLocations(broken.toString(), null, null, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("netsim.dns.locations-file");
    }
}
