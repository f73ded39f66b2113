package dev.netsim.route53.answer;

import java.util.List;
import java.util.Random;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.AwsException;
import dev.netsim.common.api.JsonApi;
import dev.netsim.simulation.dns.DnsAnswer;
import dev.netsim.simulation.dns.LocationTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/simulate/dns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulate: DNS")
class DnsSimulationController {

    private final DnsAnswerService answers;
    private final DnsLocations locations;

    DnsSimulationController(DnsAnswerService answers, DnsLocations locations) {
        this.answers = answers;
        this.locations = locations;
    }

    /** A DNS question from a client; the client subnet, when given, places the client instead of its address. */
    record Question(@Schema(example = "www.example.com") String name, @Schema(example = "A") String type,
                    @Schema(example = "198.51.100.7", description = "The resolver's (or client's) address; default 127.0.0.1") String clientIp,
                    @Schema(example = "198.51.100.0/24", nullable = true, description = "EDNS0 client subnet") String ednsClientSubnet,
                    @Schema(nullable = true, description = "Fixes the weighted and multivalue draws") Long seed) {
    }

    /** The answer, the policy and record sets that gave it, and why. */
    record Answer(String responseCode, boolean authoritative, List<DnsAnswer.Answered> answer, List<DnsAnswer.Answered> authority, String zoneId,
                  String policy, List<String> recordSets, List<String> explanation) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What Netsim's DNS server answers this client, and why",
            description = "Applies the zone's routing policy and health checks as Route 53 does: the answer records (or NXDOMAIN / NODATA with "
                    + "the SOA, or REFUSED outside every zone), the policy, the record sets chosen and the reasons (location matched, health, "
                    + "weight drawn).")
    Answer ask(@RequestBody Question q) {
        String subnet = q.ednsClientSubnet();
        String subnetIp = subnet == null ? null : subnet.contains("/") ? subnet.substring(0, subnet.indexOf('/')) : subnet;
        String mask = subnet == null || !subnet.contains("/") ? null : subnet.substring(subnet.indexOf('/') + 1);
        DnsAnswer a = answers.simulate(new DnsAnswerService.Question(q.name(), q.type(), q.clientIp(), subnetIp, mask),
                q.seed() == null ? null : new Random(q.seed()));
        return new Answer(a.responseCode(), a.authoritative(), a.answerView(), a.authorityView(), a.zoneId(), a.policy(), a.recordSets(),
                a.explanation());
    }

    @GetMapping("/locations")
    @Operation(summary = "The location table that places DNS clients (CIDR → continent, country, subdivision, region, coordinates, VPC)")
    List<LocationTable.Entry> locations() {
        return locations.table().entries();
    }

    @PutMapping(path = "/locations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the location table",
            description = "Entries are matched by longest prefix; an entry with a vpcId places its clients in that VPC, so private hosted zones "
                    + "associated with it answer them.")
    List<LocationTable.Entry> replaceLocations(@RequestBody List<LocationTable.Entry> entries) {
        if (entries == null) {
            throw new AwsException("InvalidInput", "The body is a JSON array of location entries.");
        }
        return locations.replace(entries).entries();
    }
}
