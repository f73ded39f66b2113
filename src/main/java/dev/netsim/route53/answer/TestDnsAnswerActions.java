package dev.netsim.route53.answer;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.simulation.dns.DnsAnswer;
import dev.netsim.simulation.dns.RecordData;
import software.amazon.awssdk.services.route53.model.TestDnsAnswerRequest;
import software.amazon.awssdk.services.route53.model.TestDnsAnswerResponse;

/** TestDNSAnswer: the answer the zone's routing policies give, computed from its configuration. */
@Component
class TestDnsAnswerActions {

    private final DnsAnswerService answers;
    private final HostedZoneService zones;

    TestDnsAnswerActions(DnsAnswerService answers, HostedZoneService zones) {
        this.answers = answers;
        this.zones = zones;
    }

    @AwsAction(value = WireService.ROUTE53, action = "TestDNSAnswer")
    TestDnsAnswerResponse testDNSAnswer(TestDnsAnswerRequest r, Scope scope) {
        DnsAnswer answer = answers.testDnsAnswer(scope, r.hostedZoneId(), new DnsAnswerService.Question(r.recordName(), r.recordTypeAsString(),
                r.resolverIP(), r.edns0ClientSubnetIP(), r.edns0ClientSubnetMask()));
        String nameserver = zones.get(scope, r.hostedZoneId()).getNameServers().get(0);
        int type = RecordData.typeCode(r.recordTypeAsString());
        return TestDnsAnswerResponse.builder()
                .nameserver(nameserver.endsWith(".") ? nameserver.substring(0, nameserver.length() - 1) : nameserver)
                .recordName(r.recordName()).recordType(r.recordTypeAsString())
                .recordData(answer.answer().stream().filter(rec -> rec.getType() == type).map(rec -> rec.rdataToString()).toList())
                .responseCode(answer.responseCode()).protocol("UDP")
                .build();
    }
}
