package dev.netsim.ec2.gateway;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.VpcLookup;

/** Egress-only internet gateways: create (attached to a VPC), delete, describe. */
@Service
@Transactional
public class EgressOnlyInternetGatewayService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("eigw", "InvalidEgressOnlyInternetGatewayId",
            "InvalidEgressOnlyInternetGatewayId.NotFound", "egress only internet gateway", 5, 255);

    private static final FilterSpec<Tagged<EgressOnlyInternetGateway>> FILTERS =
            FilterSpec.<Tagged<EgressOnlyInternetGateway>>builder(Tagged::tags).build();

    private final EgressOnlyInternetGatewayRepository gateways;
    private final VpcLookup vpcs;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public EgressOnlyInternetGatewayService(EgressOnlyInternetGatewayRepository gateways, VpcLookup vpcs, TagService tags, IdGenerator ids,
                                            Clock clock) {
        this.gateways = gateways;
        this.vpcs = vpcs;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    public Tagged<EgressOnlyInternetGateway> create(Scope scope, String vpcId, Map<String, String> newTags) {
        vpcs.lock(scope, vpcId);
        EgressOnlyInternetGateway gateway = gateways.save(new EgressOnlyInternetGateway(ids.ec2Id("eigw"), scope.account(), scope.region(),
                vpcId, clock.instant()));
        return new Tagged<>(gateway, tags.tagNew(scope, gateway.getId(), "egress-only-internet-gateway", newTags));
    }

    public void delete(Scope scope, String gatewayId) {
        EgressOnlyInternetGateway gateway = KIND.require("EgressOnlyInternetGatewayId", gatewayId,
                id -> gateways.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
        tags.forget(gatewayId);
        gateways.delete(gateway);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<EgressOnlyInternetGateway>> describe(Scope scope, DescribeQuery query) {
        return query.apply(KIND, tags.withTags(scope, gateways.findByAccountAndRegionOrderById(scope.account(), scope.region()),
                EgressOnlyInternetGateway::getId), EgressOnlyInternetGateway::getId, FILTERS);
    }

    @Transactional(readOnly = true)
    public List<String> attachedTo(String vpcId) {
        return gateways.findByVpcId(vpcId).stream().map(EgressOnlyInternetGateway::getId).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<String> vpcOf(Scope scope, String gatewayId) {
        return gateways.findByIdAndAccountAndRegion(gatewayId, scope.account(), scope.region()).map(EgressOnlyInternetGateway::getVpcId);
    }

    public boolean exists(Scope scope, String gatewayId) {
        return gateways.findByIdAndAccountAndRegion(gatewayId, scope.account(), scope.region()).isPresent();
    }
}
