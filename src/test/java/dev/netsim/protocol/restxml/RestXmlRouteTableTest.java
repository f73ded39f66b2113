package dev.netsim.protocol.restxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.netsim.protocol.WireService;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.route53.Route53Client;

class RestXmlRouteTableTest {

    private final RestXmlRouteTable table = new RestXmlRouteTable();

    private String operation(WireService service, String method, String path, Map<String, String> query) {
        Function<String, String> parameter = query::get;
        return table.find(service, method, path, parameter).map(RestXmlRouteTable.Match::operation).orElse(null);
    }

    @Test
    void everyOperationOfTheSdkClientsHasARoute() {
        // the SDK's method names differ from the operations' only in case (associateVPCWithHostedZone, testDNSAnswer)
        assertThat(lowerCase(table.operations(WireService.ROUTE53))).containsAll(sdkOperations(Route53Client.class)).hasSize(71);
        assertThat(lowerCase(table.operations(WireService.CLOUDFRONT))).containsAll(sdkOperations(CloudFrontClient.class));
    }

    private static Set<String> sdkOperations(Class<?> client) {
        return Arrays.stream(client.getMethods())
                .filter(m -> m.getParameterCount() == 1 && SdkRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
                .filter(m -> !m.getName().endsWith("Paginator"))
                .map(m -> m.getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private static List<String> lowerCase(List<String> operations) {
        return operations.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void literalSegmentsBeatVariablesAndTheTrailingSlashIsOptional() {
        assertThat(operation(WireService.ROUTE53, "GET", "/2013-04-01/hostedzonecount", Map.of())).isEqualTo("GetHostedZoneCount");
        assertThat(operation(WireService.ROUTE53, "GET", "/2013-04-01/hostedzone/Z1", Map.of())).isEqualTo("GetHostedZone");
        assertThat(operation(WireService.ROUTE53, "POST", "/2013-04-01/hostedzone/Z1/rrset/", Map.of())).isEqualTo("ChangeResourceRecordSets");
        assertThat(operation(WireService.ROUTE53, "POST", "/2013-04-01/hostedzone/Z1/rrset", Map.of())).isEqualTo("ChangeResourceRecordSets");
        assertThat(operation(WireService.ROUTE53, "GET", "/2013-04-01/cidrcollection", Map.of())).isEqualTo("ListCidrCollections");
        assertThat(operation(WireService.ROUTE53, "GET", "/2013-04-01/cidrcollection/c-1", Map.of())).isEqualTo("ListCidrLocations");
        assertThat(operation(WireService.ROUTE53, "GET", "/2013-04-01/cidrcollection/c-1/cidrblocks", Map.of())).isEqualTo("ListCidrBlocks");
        assertThat(operation(WireService.ROUTE53, "DELETE", "/2013-04-01/hostedzonecount", Map.of())).isNull();
        assertThat(table.find(WireService.ROUTE53, "GET", "/2013-04-01/hostedzone/Z1", name -> null).orElseThrow().pathVariables())
                .containsEntry("Id", "Z1");
    }

    @Test
    void queryConditionsTellOperationsOnOnePathApart() {
        assertThat(operation(WireService.CLOUDFRONT, "POST", "/2020-05-31/distribution", Map.of("WithTags", ""))).isEqualTo("CreateDistributionWithTags");
        assertThat(operation(WireService.CLOUDFRONT, "POST", "/2020-05-31/distribution", Map.of())).isEqualTo("CreateDistribution");
        assertThat(operation(WireService.CLOUDFRONT, "POST", "/2020-05-31/tagging", Map.of("Operation", "Untag"))).isEqualTo("UntagResource");
        assertThat(operation(WireService.CLOUDFRONT, "POST", "/2020-05-31/tagging", Map.of("Operation", "Other"))).isNull();
        assertThat(table.find(WireService.CLOUDFRONT, "GET", "/2020-05-31/distribution/E1", name -> null).orElseThrow().successStatus()).isEqualTo(200);
        assertThat(table.find(WireService.ROUTE53, "POST", "/2013-04-01/hostedzone", name -> null).orElseThrow().successStatus()).isEqualTo(201);
    }
}
