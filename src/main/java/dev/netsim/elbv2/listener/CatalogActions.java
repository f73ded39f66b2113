package dev.netsim.elbv2.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.elbv2.ElbPages;
import dev.netsim.elbv2.ElbQuotas;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Cipher;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeAccountLimitsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeAccountLimitsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Limit;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SslPolicy;

/** ELBv2's catalogue calls: the security policies listeners may name, and the quotas Netsim enforces. */
@Component
class CatalogActions {

    @AwsAction(value = WireService.ELBV2, action = "DescribeSSLPolicies")
    DescribeSslPoliciesResponse describeSSLPolicies(DescribeSslPoliciesRequest r, Scope scope) {
        r.names().forEach(SslPolicies::require);
        List<SslPolicies.Policy> selected = new ArrayList<>(SslPolicies.ALL.values().stream()
                .filter(p -> r.names().isEmpty() || r.names().contains(p.name()))
                .filter(p -> r.loadBalancerType() == null || p.loadBalancerTypes().contains(r.loadBalancerTypeAsString()))
                .sorted(java.util.Comparator.comparing(SslPolicies.Policy::name)).toList());
        var page = ElbPages.page(selected, SslPolicies.Policy::name, r.pageSize(), r.marker());
        return DescribeSslPoliciesResponse.builder().sslPolicies(page.items().stream().map(p -> SslPolicy.builder().name(p.name())
                .sslProtocols(p.protocols())
                .ciphers(IntStream.range(0, p.ciphers().size()).mapToObj(i -> Cipher.builder().name(p.ciphers().get(i)).priority(i + 1).build()).toList())
                .supportedLoadBalancerTypes(p.loadBalancerTypes()).build()).toList()).nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeAccountLimitsResponse describeAccountLimits(DescribeAccountLimitsRequest r, Scope scope) {
        List<Limit> limits = ElbQuotas.all().entrySet().stream().map(e -> Limit.builder().name(e.getKey()).max(String.valueOf(e.getValue())).build())
                .sorted(java.util.Comparator.comparing(Limit::name)).toList();
        var page = ElbPages.page(limits, Limit::name, r.pageSize(), r.marker());
        return DescribeAccountLimitsResponse.builder().limits(page.items()).nextMarker(page.nextToken()).build();
    }
}
