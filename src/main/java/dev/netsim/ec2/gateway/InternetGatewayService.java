package dev.netsim.ec2.gateway;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;

/** Internet gateways. This issue creates the default VPC's gateway; full CRUD follows in the next issue. */
@Service
@Transactional
public class InternetGatewayService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("igw", "InvalidInternetGatewayId", "InvalidInternetGatewayID", "internet gateway", 5, 1000);

    private static final FilterSpec<Tagged<InternetGateway>> FILTERS = FilterSpec.<Tagged<InternetGateway>>builder(Tagged::tags)
            .on("internet-gateway-id", t -> t.resource().getId())
            .on("owner-id", t -> t.resource().getAccount())
            .on("attachment.vpc-id", t -> t.resource().getAttachedVpcId())
            .on("attachment.state", t -> t.resource().getAttachedVpcId() == null ? null : "available")
            .build();

    private final InternetGatewayRepository gateways;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public InternetGatewayService(InternetGatewayRepository gateways, TagService tags, IdGenerator ids, Clock clock) {
        this.gateways = gateways;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    public InternetGateway createAttached(Scope scope, String vpcId) {
        InternetGateway gateway = new InternetGateway(ids.ec2Id("igw"), scope.account(), scope.region(), clock.instant());
        gateway.attachTo(vpcId);
        return gateways.save(gateway);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<InternetGateway>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<InternetGateway>> all = tags.withTags(gateways.findByAccountAndRegionOrderById(scope.account(), scope.region()), InternetGateway::getId);
        return query.apply(KIND, all, InternetGateway::getId, FILTERS);
    }

    @Transactional(readOnly = true)
    public List<String> attachedTo(String vpcId) {
        return gateways.findByAttachedVpcId(vpcId).stream().map(InternetGateway::getId).toList();
    }

    public boolean exists(Scope scope, String id) {
        return gateways.existsByIdAndAccountAndRegion(id, scope.account(), scope.region());
    }
}
