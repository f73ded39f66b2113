package dev.netsim.ec2.routing;

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

/** Route tables. This issue gives every VPC its main table; full CRUD follows in the routing issue. */
@Service
@Transactional
public class RouteTableService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("rtb", "InvalidRouteTableId", "InvalidRouteTableID", "route table", 5, 100);

    private static final FilterSpec<Tagged<RouteTable>> FILTERS = FilterSpec.<Tagged<RouteTable>>builder(Tagged::tags)
            .on("route-table-id", t -> t.resource().getId())
            .on("vpc-id", t -> t.resource().getVpcId())
            .on("owner-id", t -> t.resource().getAccount())
            .onEach("association.route-table-association-id", t -> t.resource().getAssociations().stream().map(RouteTableAssociation::getAssociationId).toList())
            .onEach("association.route-table-id", t -> t.resource().getAssociations().isEmpty() ? List.of() : List.of(t.resource().getId()))
            .onEach("association.subnet-id", t -> t.resource().getAssociations().stream().map(RouteTableAssociation::getSubnetId).toList())
            .onEach("association.gateway-id", t -> List.of())
            .onEach("association.main", t -> t.resource().getAssociations().stream().map(RouteTableAssociation::isMain).toList())
            .onEach("route.destination-cidr-block", t -> t.resource().getRoutes().stream().map(Route::getDestinationCidr).toList())
            .onEach("route.destination-ipv6-cidr-block", t -> List.of())
            .onEach("route.destination-prefix-list-id", t -> List.of())
            .onEach("route.egress-only-internet-gateway-id", t -> List.of())
            .onEach("route.gateway-id", t -> t.resource().getRoutes().stream().map(Route::getGatewayId).toList())
            .onEach("route.instance-id", t -> List.of())
            .onEach("route.nat-gateway-id", t -> List.of())
            .onEach("route.transit-gateway-id", t -> List.of())
            .onEach("route.vpc-peering-connection-id", t -> List.of())
            .onEach("route.origin", t -> t.resource().getRoutes().stream().map(Route::getOrigin).toList())
            .onEach("route.state", t -> t.resource().getRoutes().stream().map(Route::getState).toList())
            .build();

    private final RouteTableRepository tables;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public RouteTableService(RouteTableRepository tables, TagService tags, IdGenerator ids, Clock clock) {
        this.tables = tables;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    /** The main route table a new VPC comes with: one local route per VPC CIDR, main association. */
    public RouteTable createMain(Scope scope, String vpcId, String vpcCidr) {
        RouteTable table = new RouteTable(ids.ec2Id("rtb"), scope.account(), scope.region(), vpcId, clock.instant());
        table.getRoutes().add(Route.local(vpcCidr));
        table.getAssociations().add(new RouteTableAssociation(ids.ec2Id("rtbassoc"), null, true));
        return tables.save(table);
    }

    /** A route the default VPC is born with (0.0.0.0/0 to its internet gateway). */
    public void addRouteToMainTable(String vpcId, String destination, String gatewayId) {
        RouteTable main = tables.findByVpcId(vpcId).stream().filter(RouteTable::isMain).findFirst()
                .orElseThrow(() -> new IllegalStateException("VPC " + vpcId + " has no main route table"));
        main.getRoutes().add(new Route(destination, gatewayId, "CreateRoute"));
    }

    /** Adds the local route of a CIDR newly associated with the VPC to all of its tables. */
    public void addLocalRoutes(String vpcId, String cidr) {
        tables.findByVpcId(vpcId).forEach(t -> t.getRoutes().add(Route.local(cidr)));
    }

    public void removeLocalRoutes(String vpcId, String cidr) {
        tables.findByVpcId(vpcId).forEach(t -> t.getRoutes().removeIf(r -> "local".equals(r.getGatewayId()) && r.getDestinationCidr().equals(cidr)));
    }

    @Transactional(readOnly = true)
    public Page<Tagged<RouteTable>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<RouteTable>> all = tags.withTags(tables.findByAccountAndRegionOrderById(scope.account(), scope.region()), RouteTable::getId);
        return query.apply(KIND, all, RouteTable::getId, FILTERS);
    }

    /** Tables of the VPC other than its main table: each keeps the VPC from being deleted. */
    @Transactional(readOnly = true)
    public List<String> customTableIds(String vpcId) {
        return tables.findByVpcId(vpcId).stream().filter(t -> !t.isMain()).map(RouteTable::getId).toList();
    }

    /** Deletes the main table together with its VPC. */
    public void deleteTablesOf(String vpcId) {
        tables.findByVpcId(vpcId).forEach(t -> {
            tags.forget(t.getId());
            tables.delete(t);
        });
    }

    /** A deleted subnet's explicit association disappears with it. */
    public void forgetSubnet(String vpcId, String subnetId) {
        tables.findByVpcId(vpcId).forEach(t -> t.getAssociations().removeIf(a -> subnetId.equals(a.getSubnetId())));
    }

    public boolean exists(Scope scope, String id) {
        return tables.existsByIdAndAccountAndRegion(id, scope.account(), scope.region());
    }
}
