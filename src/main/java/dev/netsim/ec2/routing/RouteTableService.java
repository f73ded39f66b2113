package dev.netsim.ec2.routing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.prefixlist.PrefixListDirectory;
import dev.netsim.ec2.subnet.Subnet;
import dev.netsim.ec2.subnet.SubnetLookup;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.Vpc;
import dev.netsim.ec2.vpc.VpcCidrBlock;
import dev.netsim.ec2.vpc.VpcLookup;

/** Route tables, their routes and their associations with subnets (explicit) and with the VPC (main). */
@Service
@Transactional
public class RouteTableService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("rtb", "InvalidRouteTableId", "InvalidRouteTableID.NotFound", "route table", 5, 100);
    static final int TABLES_PER_VPC = 200;
    static final int ROUTES_PER_TABLE = 500;

    private static final FilterSpec<Tagged<RoutedTable>> FILTERS = FilterSpec.<Tagged<RoutedTable>>builder(Tagged::tags)
            .on("route-table-id", t -> t.resource().table().getId())
            .on("vpc-id", t -> t.resource().table().getVpcId())
            .on("owner-id", t -> t.resource().table().getAccount())
            .onEach("association.route-table-association-id", t -> associations(t).map(RouteTableAssociation::getAssociationId).toList())
            .onEach("association.route-table-id", t -> associations(t).map(a -> t.resource().table().getId()).toList())
            .onEach("association.subnet-id", t -> associations(t).map(RouteTableAssociation::getSubnetId).toList())
            .onEach("association.gateway-id", t -> associations(t).map(RouteTableAssociation::getGatewayId).toList())
            .onEach("association.main", t -> associations(t).map(RouteTableAssociation::isMain).toList())
            .onEach("route.destination-cidr-block", t -> destinations(t, RouteDestination.Kind.IPV4))
            .onEach("route.destination-ipv6-cidr-block", t -> destinations(t, RouteDestination.Kind.IPV6))
            .onEach("route.destination-prefix-list-id", t -> destinations(t, RouteDestination.Kind.PREFIX_LIST))
            .onEach("route.gateway-id", t -> targets(t, RouteTargetKind.LOCAL, RouteTargetKind.GATEWAY, RouteTargetKind.VPC_ENDPOINT))
            .onEach("route.egress-only-internet-gateway-id", t -> targets(t, RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY))
            .onEach("route.instance-id", t -> targets(t, RouteTargetKind.INSTANCE))
            .onEach("route.nat-gateway-id", t -> targets(t, RouteTargetKind.NAT_GATEWAY))
            .onEach("route.transit-gateway-id", t -> targets(t, RouteTargetKind.TRANSIT_GATEWAY))
            .onEach("route.vpc-peering-connection-id", t -> targets(t, RouteTargetKind.VPC_PEERING_CONNECTION))
            .onEach("route.origin", t -> routes(t).map(r -> r.route().getOrigin()).toList())
            .onEach("route.state", t -> routes(t).map(RouteState::state).toList())
            .build();

    /** Local routes first, then the others by destination. */
    private static final java.util.Comparator<Route> LOCAL_FIRST = java.util.Comparator.comparing((Route r) -> !r.isLocal())
            .thenComparing(Route::getDestinationCidr);

    private final RouteTableRepository tables;
    private final VpcLookup vpcs;
    private final SubnetLookup subnets;
    private final ObjectProvider<RouteTargetResolver> targetResolvers;
    private final PrefixListDirectory prefixLists;
    private final ObjectProvider<PropagatedRoutes> propagatedRoutes;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public RouteTableService(RouteTableRepository tables, VpcLookup vpcs, SubnetLookup subnets,
                             ObjectProvider<RouteTargetResolver> targetResolvers, PrefixListDirectory prefixLists,
                             ObjectProvider<PropagatedRoutes> propagatedRoutes, TagService tags, IdGenerator ids, Clock clock) {
        this.tables = tables;
        this.vpcs = vpcs;
        this.subnets = subnets;
        this.targetResolvers = targetResolvers;
        this.prefixLists = prefixLists;
        this.propagatedRoutes = propagatedRoutes;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    private static Stream<RouteTableAssociation> associations(Tagged<RoutedTable> t) {
        return t.resource().table().getAssociations().stream();
    }

    private static Stream<RouteState> routes(Tagged<RoutedTable> t) {
        return t.resource().routes().stream();
    }

    private static List<String> destinations(Tagged<RoutedTable> t, RouteDestination.Kind kind) {
        return routes(t).map(r -> r.route().destination()).filter(d -> d.kind() == kind).map(RouteDestination::value).toList();
    }

    private static List<String> targets(Tagged<RoutedTable> t, RouteTargetKind... kinds) {
        List<RouteTargetKind> wanted = List.of(kinds);
        return routes(t).map(r -> r.route().target()).filter(target -> wanted.contains(target.kind())).map(RouteTarget::id).toList();
    }

    // ---- tables

    /** The main route table a new VPC comes with: one local route per VPC CIDR, main association. */
    public RouteTable createMain(Scope scope, String vpcId, String vpcCidr) {
        RouteTable table = new RouteTable(ids.ec2Id("rtb"), scope.account(), scope.region(), vpcId, clock.instant());
        table.addRoute(Route.local(vpcCidr));
        table.addAssociation(new RouteTableAssociation(ids.ec2Id("rtbassoc"), null, true));
        return tables.save(table);
    }

    /** CreateRouteTable: local routes for every CIDR of the VPC, no associations. */
    public Tagged<RoutedTable> create(Scope scope, String vpcId, Map<String, String> newTags) {
        Vpc vpc = vpcs.lock(scope, vpcId);
        if (tables.findByVpcId(vpcId).size() >= TABLES_PER_VPC) {
            throw new AwsException("RouteTableLimitExceeded", "The maximum number of route tables for " + vpcId + " has been reached.");
        }
        RouteTable table = new RouteTable(ids.ec2Id("rtb"), scope.account(), scope.region(), vpcId, clock.instant());
        vpc.localCidrs().forEach(cidr -> table.addRoute(Route.local(cidr)));
        tables.save(table);
        return new Tagged<>(withStates(scope, table), tags.tagNew(scope, table.getId(), "route-table", newTags));
    }

    /** DeleteRouteTable: only without associations (the main table never qualifies). */
    public void delete(Scope scope, String tableId) {
        RouteTable table = find(scope, tableId);
        if (!table.getAssociations().isEmpty()) {
            throw Ec2Errors.dependencyViolation("routeTable", tableId, table.getAssociations().stream()
                    .map(a -> a.isMain() ? "main association " + a.getAssociationId() : a.getSubnetId() != null ? a.getSubnetId() : a.getGatewayId()).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        tags.forget(tableId);
        tables.delete(table);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<RoutedTable>> describe(Scope scope, DescribeQuery query) {
        List<RoutedTable> all = routedTables(scope);
        return query.apply(KIND, tags.withTags(scope, all, t -> t.table().getId()), t -> t.table().getId(), FILTERS);
    }

    /** Every table of the scope with its routes' states, as DescribeRouteTables shows them (and the network snapshot uses them). */
    @Transactional(readOnly = true)
    public List<RoutedTable> routedTables(Scope scope) {
        return tables.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream().map(t -> withStates(scope, t)).toList();
    }

    /** The table's routes with their states, and after them the routes gateways propagate into it (a table's own route wins). */
    private RoutedTable withStates(Scope scope, RouteTable table) {
        List<RouteState> routes = new java.util.ArrayList<>(table.getRoutes().stream().sorted(LOCAL_FIRST)
                .map(r -> new RouteState(r, r.isLocal() || status(scope, r.target(), table.getVpcId()) == RouteTargetResolver.Status.ACTIVE
                        ? "active" : "blackhole"))
                .toList());
        java.util.Set<String> destinations = new java.util.HashSet<>(table.getRoutes().stream().map(Route::getDestinationCidr).toList());
        for (String gatewayId : table.getPropagatingGatewayIds()) {
            propagatedRoutes.stream().filter(p -> p.supports(gatewayId)).flatMap(p -> p.destinationsFrom(scope, gatewayId, table.getVpcId()).stream())
                    .filter(destinations::add)
                    .forEach(d -> routes.add(new RouteState(new Route(d, new RouteTarget(RouteTargetKind.GATEWAY, gatewayId),
                            "EnableVgwRoutePropagation"), "active")));
        }
        return new RoutedTable(table, routes);
    }

    // ---- route propagation

    /** EnableVgwRoutePropagation: the gateway must be attached to the table's VPC. */
    public void enablePropagation(Scope scope, String tableId, String gatewayId) {
        RouteTable table = find(scope, tableId);
        if (gatewayId == null || gatewayId.isEmpty()) {
            throw Ec2Errors.missing("GatewayId");
        }
        RouteTarget gateway = new RouteTarget(RouteTargetKind.GATEWAY, gatewayId);
        if (propagatedRoutes.stream().noneMatch(p -> p.supports(gatewayId))) {
            throw new AwsException("InvalidParameterValue", "Only virtual private gateways propagate routes, not " + gatewayId + ".");
        }
        switch (status(scope, gateway, table.getVpcId())) {
            case ABSENT -> throw Ec2Errors.notFound("InvalidVpnGatewayID", "vpn gateway", gatewayId);
            case NOT_ATTACHED -> throw new AwsException("Gateway.NotAttached", "resource " + gatewayId + " is not attached to network "
                    + table.getVpcId());
            case ACTIVE -> table.getPropagatingGatewayIds().add(gatewayId);
        }
    }

    public void disablePropagation(Scope scope, String tableId, String gatewayId) {
        RouteTable table = find(scope, tableId);
        if (gatewayId == null || gatewayId.isEmpty()) {
            throw Ec2Errors.missing("GatewayId");
        }
        table.getPropagatingGatewayIds().remove(gatewayId);
    }

    // ---- routes

    /** CreateRoute: a new destination in the table, to a target that exists and serves the table's VPC. */
    public void createRoute(Scope scope, String tableId, RouteDestination destination, RouteTarget target) {
        RouteTable table = find(scope, tableId);
        Vpc vpc = vpcs.lock(scope, table.getVpcId());
        if (table.findRoute(destination.value()).isPresent()) {
            throw new AwsException("RouteAlreadyExists", "The route identified by " + destination.value() + " already exists.");
        }
        requireUsableTarget(scope, table, vpc, destination, target);
        if (table.getRoutes().stream().filter(r -> !r.isLocal()).count() >= ROUTES_PER_TABLE) {
            throw new AwsException("RouteLimitExceeded", "The maximum number of routes has been reached for " + tableId + ".");
        }
        table.addRoute(new Route(destination.value(), target, "CreateRoute"));
    }

    /** ReplaceRoute: points an existing non-local route at another target. */
    public void replaceRoute(Scope scope, String tableId, RouteDestination destination, RouteTarget target) {
        RouteTable table = find(scope, tableId);
        Vpc vpc = vpcs.lock(scope, table.getVpcId());
        Route route = existingRoute(table, destination);
        requireNotEndpointRoute(route);
        if (route.isLocal()) {
            throw new AwsException("InvalidParameterValue", "The local route " + destination.value() + " of " + tableId + " cannot be replaced.");
        }
        requireUsableTarget(scope, table, vpc, destination, target);
        route.retarget(target);
    }

    public void deleteRoute(Scope scope, String tableId, RouteDestination destination) {
        RouteTable table = find(scope, tableId);
        Route route = existingRoute(table, destination);
        requireNotEndpointRoute(route);
        if (route.isLocal()) {
            throw new AwsException("InvalidParameterValue", "cannot remove local route " + destination.value() + " in route table " + tableId);
        }
        table.getRoutes().remove(route);
    }

    /** A gateway endpoint's routes belong to the endpoint: ModifyVpcEndpoint changes them, not the route calls. */
    private static void requireNotEndpointRoute(Route route) {
        if (route.target().kind() == RouteTargetKind.VPC_ENDPOINT && route.destination().kind() == RouteDestination.Kind.PREFIX_LIST) {
            throw new AwsException("InvalidParameterValue", "The route to " + route.getDestinationCidr() + " belongs to the gateway endpoint "
                    + route.target().id() + "; change it with ModifyVpcEndpoint.");
        }
    }

    // ---- gateway endpoints

    /** The route a gateway endpoint puts in each of its tables: the service's prefix list via the endpoint. */
    public void addEndpointRoute(Scope scope, String tableId, String vpcId, String prefixListId, String endpointId) {
        RouteTable table = find(scope, tableId);
        if (!table.getVpcId().equals(vpcId)) {
            throw new AwsException("InvalidParameterValue", "route table " + tableId + " is not in " + vpcId + ".");
        }
        if (table.findRoute(prefixListId).isPresent()) {
            throw new AwsException("RouteAlreadyExists", "route table " + tableId + " already has a route with destination-prefix-list-id "
                    + prefixListId + ".");
        }
        table.addRoute(new Route(prefixListId, new RouteTarget(RouteTargetKind.VPC_ENDPOINT, endpointId), "CreateRoute"));
    }

    public void removeEndpointRoute(Scope scope, String tableId, String endpointId) {
        RouteTable table = find(scope, tableId);
        if (!table.getRoutes().removeIf(r -> endpointId.equals(r.target().id()))) {
            throw new AwsException("InvalidParameterValue", "route table " + tableId + " has no route to " + endpointId + ".");
        }
    }

    /** Ids of the tables with a route to the target, in id order. */
    @Transactional(readOnly = true)
    public List<String> tablesRoutingVia(String targetId) {
        return tables.routingVia(targetId);
    }

    private static Route existingRoute(RouteTable table, RouteDestination destination) {
        return table.findRoute(destination.value()).orElseThrow(() -> new AwsException("InvalidRoute.NotFound",
                "no route with " + destination.noun() + " " + destination.value() + " in route table " + table.getId()));
    }

    /**
     * AWS's rules on where a route may go: the target must exist and serve this VPC, and a route
     * inside the VPC's own address space is allowed only for a whole subnet, via an interface,
     * instance, NAT gateway or endpoint.
     */
    private void requireUsableTarget(Scope scope, RouteTable table, Vpc vpc, RouteDestination destination, RouteTarget target) {
        String cidr = destination.value();
        if (target.id().startsWith("vpce-")) {
            // gateway endpoints manage their own routes; only Gateway Load Balancer endpoints (not modelled) are route targets
            throw new AwsException("InvalidParameterValue", "The VPC endpoint " + target.id() + " cannot be a route target: a gateway "
                    + "endpoint's routes are set with its route tables (ModifyVpcEndpoint), and interface endpoints take no routes.");
        }
        for (String vpcCidr : vpc.localCidrs()) {
            if (vpcCidr.equals(cidr)) {
                throw new AwsException("RouteAlreadyExists", "The route identified by " + cidr + " already exists.");
            }
            if (destination.within(vpcCidr)) {
                boolean middlebox = target.kind() == RouteTargetKind.NETWORK_INTERFACE || target.kind() == RouteTargetKind.INSTANCE
                        || target.kind() == RouteTargetKind.NAT_GATEWAY || target.kind() == RouteTargetKind.VPC_ENDPOINT;
                if (!middlebox) {
                    throw new AwsException("InvalidParameterValue", "The destination CIDR block " + cidr + " is equal to or more specific than "
                            + "one of this VPC's CIDR blocks. This route can target only an interface, an instance, a NAT gateway or a VPC endpoint.");
                }
            }
        }
        if (target.kind() == RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY && destination.kind() != RouteDestination.Kind.IPV6) {
            throw new AwsException("InvalidParameterValue", "An egress-only internet gateway can be the target of IPv6 destinations only, not "
                    + cidr + ".");
        }
        if (destination.kind() == RouteDestination.Kind.PREFIX_LIST && !prefixLists.exists(scope, cidr)) {
            throw new AwsException("InvalidPrefixListID.NotFound", "The prefix list ID '" + cidr + "' does not exist");
        }
        switch (status(scope, target, table.getVpcId())) {
            case ABSENT -> throw new AwsException(target.kind().notFoundCode(),
                    "The " + target.kind().noun() + " ID '" + target.id() + "' does not exist");
            case NOT_ATTACHED -> throw new AwsException(target.kind() == RouteTargetKind.GATEWAY ? "Gateway.NotAttached" : "InvalidParameterValue",
                    "route table " + table.getId() + " and " + target.kind().noun() + " " + target.id() + " belong to different networks");
            case ACTIVE -> { }
        }
    }

    private RouteTargetResolver.Status status(Scope scope, RouteTarget target, String vpcId) {
        Optional<RouteTargetResolver> resolver = targetResolvers.stream().filter(r -> r.supports(target)).findFirst();
        // no resolver: no resource of that kind can exist yet, so the id cannot be known
        return resolver.map(r -> r.status(scope, target, vpcId)).orElse(RouteTargetResolver.Status.ABSENT);
    }

    // ---- associations

    /** AssociateRouteTable: with a subnet or with a gateway, exactly one. */
    public RouteTableAssociation associate(Scope scope, String tableId, String subnetId, String gatewayId) {
        if ((gatewayId == null) == (subnetId == null)) {
            throw new AwsException(gatewayId == null ? "MissingParameter" : "InvalidParameterCombination",
                    "The request must contain exactly one of SubnetId or GatewayId.");
        }
        return gatewayId != null ? associateGateway(scope, tableId, gatewayId) : associateSubnet(scope, tableId, subnetId);
    }

    /** A subnet of the same VPC that has no explicit association yet. */
    private RouteTableAssociation associateSubnet(Scope scope, String tableId, String subnetId) {
        RouteTable table = find(scope, tableId);
        // the subnet's row lock serialises associations of one subnet, so it never gets two
        Subnet subnet = subnets.lock(scope, subnetId);
        if (!subnet.getVpcId().equals(table.getVpcId())) {
            throw new AwsException("InvalidParameterValue", "route table " + tableId + " and subnet " + subnetId + " belong to different networks");
        }
        Optional<RouteTable> current = tables.associatedWithSubnet(subnetId);
        if (current.isPresent()) {
            throw new AwsException("Resource.AlreadyAssociated", "the specified association for route table " + tableId
                    + " conflicts with an existing association: " + subnetId + " is associated with " + current.get().getId());
        }
        RouteTableAssociation association = new RouteTableAssociation(ids.ec2Id("rtbassoc"), subnetId, false);
        table.addAssociation(association);
        return association;
    }

    /**
     * AssociateRouteTable with GatewayId: an edge association with an internet or virtual private
     * gateway attached to the table's VPC; a gateway has at most one.
     */
    private RouteTableAssociation associateGateway(Scope scope, String tableId, String gatewayId) {
        RouteTable table = find(scope, tableId);
        vpcs.lock(scope, table.getVpcId());
        if (!gatewayId.startsWith("igw-") && !gatewayId.startsWith("vgw-")) {
            throw Ec2Errors.invalidValue("GatewayId", gatewayId, "Route tables can be associated with internet gateways and virtual private gateways.");
        }
        switch (status(scope, new RouteTarget(RouteTargetKind.GATEWAY, gatewayId), table.getVpcId())) {
            case ABSENT -> throw Ec2Errors.notFound("InvalidGatewayID", "gateway", gatewayId);
            case NOT_ATTACHED -> throw new AwsException("Gateway.NotAttached", "resource " + gatewayId + " is not attached to network "
                    + table.getVpcId());
            case ACTIVE -> { }
        }
        Optional<RouteTable> current = tables.associatedWithGateway(gatewayId);
        if (current.isPresent()) {
            throw new AwsException("Resource.AlreadyAssociated", "the specified association for route table " + tableId
                    + " conflicts with an existing association: " + gatewayId + " is associated with " + current.get().getId());
        }
        RouteTableAssociation association = new RouteTableAssociation(ids.ec2Id("rtbassoc"), null, gatewayId, false);
        table.addAssociation(association);
        return association;
    }

    /** DisassociateRouteTable: the subnet falls back to the main table; the main association itself can't go. */
    public void disassociate(Scope scope, String associationId) {
        Associated found = findAssociation(scope, associationId);
        if (found.association().isMain()) {
            throw new AwsException("InvalidParameterValue", "cannot disassociate the main route table association " + associationId);
        }
        found.table().getAssociations().remove(found.association());
    }

    /**
     * ReplaceRouteTableAssociation: moves a subnet's association, or the VPC's main association, to
     * another table of the same VPC. Returns the new association.
     */
    public RouteTableAssociation replaceAssociation(Scope scope, String associationId, String newTableId) {
        Associated found = findAssociation(scope, associationId);
        RouteTable target = find(scope, newTableId);
        vpcs.lock(scope, target.getVpcId());
        if (!target.getVpcId().equals(found.table().getVpcId())) {
            throw new AwsException("InvalidParameterValue", "route table " + newTableId + " belongs to another network than association " + associationId);
        }
        found.table().getAssociations().remove(found.association());
        RouteTableAssociation replacement = new RouteTableAssociation(ids.ec2Id("rtbassoc"), found.association().getSubnetId(),
                found.association().getGatewayId(), found.association().isMain());
        target.addAssociation(replacement);
        return replacement;
    }

    private record Associated(RouteTable table, RouteTableAssociation association) {
    }

    private Associated findAssociation(Scope scope, String associationId) {
        if (associationId == null || associationId.isEmpty()) {
            throw Ec2Errors.missing("AssociationId");
        }
        return tables.holdingAssociation(associationId, scope.account(), scope.region())
                .map(table -> new Associated(table, table.getAssociations().stream().filter(a -> a.getAssociationId().equals(associationId))
                        .findFirst().orElseThrow()))
                .orElseThrow(() -> new AwsException("InvalidAssociationID.NotFound", "The association ID '" + associationId + "' does not exist"));
    }

    // ---- life cycle with VPCs and subnets

    /** A route the default VPC is born with (0.0.0.0/0 to its internet gateway). */
    public void addRouteToMainTable(String vpcId, String destination, RouteTarget target) {
        RouteTable main = tables.findByVpcId(vpcId).stream().filter(RouteTable::isMain).findFirst()
                .orElseThrow(() -> new IllegalStateException("VPC " + vpcId + " has no main route table"));
        main.addRoute(new Route(destination, target, "CreateRoute"));
    }

    /** Adds the local route of a CIDR newly associated with the VPC to all of its tables. */
    public void addLocalRoutes(String vpcId, String cidr) {
        tables.findByVpcId(vpcId).forEach(t -> t.addRoute(Route.local(cidr)));
    }

    public void removeLocalRoutes(String vpcId, String cidr) {
        tables.findByVpcId(vpcId).forEach(t -> t.getRoutes().removeIf(r -> r.isLocal() && r.getDestinationCidr().equals(cidr)));
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
    public void forgetSubnet(String subnetId) {
        tables.deleteAssociationOfSubnet(subnetId);
    }

    public boolean exists(Scope scope, String id) {
        return tables.existsByIdAndAccountAndRegion(id, scope.account(), scope.region());
    }

    private RouteTable find(Scope scope, String tableId) {
        return KIND.require("RouteTableId", tableId, id -> tables.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }
}
