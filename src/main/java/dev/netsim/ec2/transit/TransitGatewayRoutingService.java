package dev.netsim.ec2.transit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.Filter;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.net.Cidrs;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.Vpc;
import dev.netsim.ec2.vpc.VpcLookup;

/**
 * Transit gateway route tables: associations (one table per attachment), propagations, static
 * and blackhole routes, and the routes a table holds (static ones win over propagated ones).
 */
@Service
@Transactional
public class TransitGatewayRoutingService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("tgw-rtb", "InvalidRouteTableId", "InvalidRouteTableID.NotFound",
            "transit gateway route table", 5, 1000);

    private static final FilterSpec<Tagged<RouteTableView>> FILTERS = FilterSpec.<Tagged<RouteTableView>>builder(Tagged::tags)
            .on("transit-gateway-route-table-id", t -> t.resource().table().getId())
            .on("transit-gateway-id", t -> t.resource().table().getTransitGatewayId())
            .on("state", t -> t.resource().state())
            .on("default-association-route-table", t -> t.resource().defaultAssociation())
            .on("default-propagation-route-table", t -> t.resource().defaultPropagation())
            .build();

    static final FilterSpec<TransitGatewayAttachment> LINK_FILTERS = FilterSpec.<TransitGatewayAttachment>builder(a -> Map.of())
            .on("transit-gateway-attachment-id", TransitGatewayAttachment::getId)
            .on("resource-id", TransitGatewayAttachment::resourceId)
            .on("resource-type", TransitGatewayAttachment::resourceType)
            .build();

    private static final FilterSpec<TransitGatewayRoute> ROUTE_FILTERS = FilterSpec.<TransitGatewayRoute>builder(r -> Map.of())
            .on("route-search.exact-match", TransitGatewayRoute::destinationCidr)
            .on("state", TransitGatewayRoute::state)
            .on("type", TransitGatewayRoute::type)
            .on("attachment.transit-gateway-attachment-id", r -> r.attachment() == null ? null : r.attachment().getId())
            .on("attachment.resource-id", r -> r.attachment() == null ? null : r.attachment().resourceId())
            .on("attachment.resource-type", r -> r.attachment() == null ? null : r.attachment().resourceType())
            .on("prefix-list-id", r -> null)
            .build();

    /** Route-search filters that compare CIDRs rather than strings: route CIDR vs. filter CIDR. */
    private static final Map<String, BiPredicate<String, String>> CIDR_SEARCHES = Map.of(
            "route-search.subnet-of-match", (route, value) -> Cidrs.contains(value, route),
            "route-search.supernet-of-match", (route, value) -> Cidrs.contains(route, value));

    private final TransitGatewayService gateways;
    private final TransitGatewayRouteTableRepository tables;
    private final TransitGatewayAttachmentRepository attachments;
    private final VpcLookup vpcs;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public TransitGatewayRoutingService(TransitGatewayService gateways, TransitGatewayRouteTableRepository tables,
                                        TransitGatewayAttachmentRepository attachments, VpcLookup vpcs, TagService tags, IdGenerator ids,
                                        Clock clock) {
        this.gateways = gateways;
        this.tables = tables;
        this.attachments = attachments;
        this.vpcs = vpcs;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    // ---- tables

    public Tagged<RouteTableView> create(Scope scope, String gatewayId, Map<String, String> newTags) {
        TransitGateway gateway = gateways.find(scope, gatewayId);
        TransitGatewayRouteTable table = tables.save(new TransitGatewayRouteTable(ids.ec2Id("tgw-rtb"), scope.account(), scope.region(),
                gateway.getId(), clock.instant()));
        tags.tagNew(scope, table.getId(), "transit-gateway-route-table", newTags);
        return tagged(table);
    }

    /** DeleteTransitGatewayRouteTable: not while attachments are associated with it, and not a default table. */
    public Tagged<RouteTableView> delete(Scope scope, String tableId) {
        TransitGatewayRouteTable table = find(scope, tableId);
        Tagged<RouteTableView> view = tagged(table);
        if (view.resource().defaultAssociation() || view.resource().defaultPropagation()) {
            throw new AwsException("IncorrectState", "The route table " + tableId + " is a default route table of " + table.getTransitGatewayId() + ".");
        }
        List<String> associated = attachments.findByRouteTableId(tableId).stream().map(TransitGatewayAttachment::getId).toList();
        if (!associated.isEmpty()) {
            throw new AwsException("IncorrectState", "The route table " + tableId + " has associations: " + String.join(", ", associated) + ".");
        }
        tags.forget(tableId);
        tables.delete(table);
        return new Tagged<>(new RouteTableView(table, "deleting", false, false), view.tags());
    }

    @Transactional(readOnly = true)
    public Page<Tagged<RouteTableView>> describe(Scope scope, DescribeQuery query) {
        return query.apply(KIND, tables.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream().map(this::tagged).toList(),
                v -> v.table().getId(), FILTERS);
    }

    // ---- associations and propagations

    public TransitGatewayAttachment associate(Scope scope, String tableId, String attachmentId) {
        TransitGatewayRouteTable table = find(scope, tableId);
        TransitGatewayAttachment attachment = sameGateway(table, gateways.findAttachment(scope, attachmentId));
        if (attachment.getRouteTableId() != null) {
            throw new AwsException("Resource.AlreadyAssociated", "Transit Gateway Attachment " + attachmentId + " is already associated to a "
                    + "route table: " + attachment.getRouteTableId() + ".");
        }
        attachment.associateWith(table.getId());
        return attachment;
    }

    public TransitGatewayAttachment disassociate(Scope scope, String tableId, String attachmentId) {
        TransitGatewayRouteTable table = find(scope, tableId);
        TransitGatewayAttachment attachment = gateways.findAttachment(scope, attachmentId);
        if (!table.getId().equals(attachment.getRouteTableId())) {
            throw new AwsException("InvalidAssociation.NotFound", "Transit Gateway Attachment " + attachmentId + " is not associated with "
                    + tableId + ".");
        }
        attachment.associateWith(null);
        return attachment;
    }

    public TransitGatewayAttachment enablePropagation(Scope scope, String tableId, String attachmentId) {
        TransitGatewayRouteTable table = find(scope, tableId);
        TransitGatewayAttachment attachment = sameGateway(table, gateways.findAttachment(scope, attachmentId));
        if (!table.getPropagatingAttachmentIds().add(attachment.getId())) {
            throw new AwsException("TransitGatewayRouteTablePropagation.Duplicate", "Propagation of " + attachmentId + " into " + tableId
                    + " already exists.");
        }
        return attachment;
    }

    public TransitGatewayAttachment disablePropagation(Scope scope, String tableId, String attachmentId) {
        TransitGatewayRouteTable table = find(scope, tableId);
        TransitGatewayAttachment attachment = gateways.findAttachment(scope, attachmentId);
        if (!table.getPropagatingAttachmentIds().remove(attachment.getId())) {
            throw new AwsException("TransitGatewayRouteTablePropagation.NotFound", "Propagation of " + attachmentId + " into " + tableId
                    + " does not exist.");
        }
        return attachment;
    }

    /** GetTransitGatewayRouteTableAssociations. */
    @Transactional(readOnly = true)
    public Page<TransitGatewayAttachment> associations(Scope scope, String tableId, List<Filter> filters, Integer maxResults, String nextToken) {
        find(scope, tableId);
        return page(attachments.findByRouteTableId(tableId), filters, maxResults, nextToken);
    }

    /** GetTransitGatewayRouteTablePropagations. */
    @Transactional(readOnly = true)
    public Page<TransitGatewayAttachment> propagations(Scope scope, String tableId, List<Filter> filters, Integer maxResults, String nextToken) {
        TransitGatewayRouteTable table = find(scope, tableId);
        return page(attachments.findAllById(table.getPropagatingAttachmentIds()), filters, maxResults, nextToken);
    }

    private static Page<TransitGatewayAttachment> page(List<TransitGatewayAttachment> found, List<Filter> filters, Integer maxResults,
                                                       String nextToken) {
        List<TransitGatewayAttachment> sorted = found.stream().sorted(Comparator.comparing(TransitGatewayAttachment::getId)).toList();
        return Pager.page(FilterEngine.apply(filters, LINK_FILTERS, sorted), TransitGatewayAttachment::getId, maxResults, nextToken,
                "InvalidNextToken");
    }

    // ---- routes

    /** CreateTransitGatewayRoute: a static route to an attachment of the same gateway, or a blackhole. */
    public TransitGatewayRoute createRoute(Scope scope, String tableId, String destination, String attachmentId, boolean blackhole) {
        TransitGatewayRouteTable table = find(scope, tableId);
        String cidr = cidr(destination);
        if (table.staticRoute(cidr).isPresent()) {
            throw new AwsException("RouteAlreadyExists", "Route " + cidr + " already exists in Transit Gateway Route Table " + tableId + ".");
        }
        TransitGatewayAttachment target = target(scope, table, attachmentId, blackhole);
        table.getStaticRoutes().add(new StaticRoute(cidr, target == null ? null : target.getId()));
        return new TransitGatewayRoute(cidr, target, "static", target == null ? "blackhole" : "active");
    }

    public TransitGatewayRoute replaceRoute(Scope scope, String tableId, String destination, String attachmentId, boolean blackhole) {
        TransitGatewayRouteTable table = find(scope, tableId);
        String cidr = cidr(destination);
        StaticRoute route = table.staticRoute(cidr).orElseThrow(() -> routeNotFound(tableId, cidr));
        TransitGatewayAttachment target = target(scope, table, attachmentId, blackhole);
        route.retarget(target == null ? null : target.getId());
        return new TransitGatewayRoute(cidr, target, "static", target == null ? "blackhole" : "active");
    }

    public TransitGatewayRoute deleteRoute(Scope scope, String tableId, String destination) {
        TransitGatewayRouteTable table = find(scope, tableId);
        String cidr = cidr(destination);
        StaticRoute route = table.staticRoute(cidr).orElseThrow(() -> routeNotFound(tableId, cidr));
        table.getStaticRoutes().remove(route);
        return new TransitGatewayRoute(cidr, route.getAttachmentId() == null ? null : attachments.findById(route.getAttachmentId()).orElse(null),
                "static", "deleted");
    }

    /**
     * SearchTransitGatewayRoutes: the table's routes narrowed by the filters (AWS requires at
     * least one), at most {@code maxResults}; the flag says whether more matched.
     */
    @Transactional(readOnly = true)
    public SearchResult search(Scope scope, String tableId, List<Filter> filters, Integer maxResults) {
        TransitGatewayRouteTable table = find(scope, tableId);
        if (filters.isEmpty()) {
            throw Ec2Errors.missing("Filters");
        }
        int limit = maxResults == null ? 1000 : maxResults;
        if (limit < 5 || limit > 1000) {
            throw Ec2Errors.invalidValue("MaxResults", String.valueOf(limit), "Value must be between 5 and 1000.");
        }
        List<TransitGatewayRoute> routes = routesOf(table);
        List<Filter> plain = new ArrayList<>();
        for (Filter filter : filters) {
            if (filter.name() != null && CIDR_SEARCHES.containsKey(filter.name())) {
                BiPredicate<String, String> test = CIDR_SEARCHES.get(filter.name());
                routes = routes.stream().filter(r -> filter.values().stream().anyMatch(v -> test.test(r.destinationCidr(), cidr(v)))).toList();
            } else if ("route-search.longest-prefix-match".equals(filter.name())) {
                routes = longestPrefixMatches(routes, filter.values());
            } else {
                plain.add(filter);
            }
        }
        List<TransitGatewayRoute> matched = FilterEngine.apply(plain, ROUTE_FILTERS, routes);
        return new SearchResult(matched.stream().limit(limit).toList(), matched.size() > limit);
    }

    public record SearchResult(List<TransitGatewayRoute> routes, boolean additionalRoutesAvailable) {
    }

    /** Static routes, then the propagated routes of every propagating attachment that no static route overrides. */
    List<TransitGatewayRoute> routesOf(TransitGatewayRouteTable table) {
        Map<String, TransitGatewayRoute> byDestination = new LinkedHashMap<>();
        for (StaticRoute route : table.getStaticRoutes()) {
            TransitGatewayAttachment target = route.getAttachmentId() == null ? null : attachments.findById(route.getAttachmentId()).orElse(null);
            byDestination.put(route.getDestinationCidr(), new TransitGatewayRoute(route.getDestinationCidr(), target, "static",
                    target == null ? "blackhole" : "active"));
        }
        // VPN attachments would propagate their BGP routes; Netsim runs no BGP, so only VPCs propagate (their CIDRs)
        for (TransitGatewayAttachment attachment : attachments.findAllById(table.getPropagatingAttachmentIds()).stream()
                .filter(TransitGatewayAttachment::isVpc).sorted(Comparator.comparing(TransitGatewayAttachment::getId)).toList()) {
            Vpc vpc = vpcs.find(new Scope(attachment.getAccount(), table.getRegion()), attachment.getVpcId());
            List<String> cidrs = new ArrayList<>(vpc.getCidrBlocks().stream().map(b -> b.getCidrBlock()).toList());
            if (attachment.isIpv6Support()) {
                vpc.getIpv6CidrBlocks().forEach(b -> cidrs.add(b.getIpv6CidrBlock()));
            }
            cidrs.forEach(cidr -> byDestination.putIfAbsent(cidr, new TransitGatewayRoute(cidr, attachment, "propagated", "active")));
        }
        return byDestination.values().stream().sorted(Comparator.comparing(TransitGatewayRoute::destinationCidr)).toList();
    }

    private static List<TransitGatewayRoute> longestPrefixMatches(List<TransitGatewayRoute> routes, List<String> values) {
        List<TransitGatewayRoute> matched = new ArrayList<>();
        for (String value : values) {
            String address = cidr(value);
            routes.stream().filter(r -> Cidrs.contains(r.destinationCidr(), address))
                    .max(Comparator.comparingInt(r -> Cidrs.prefixLength(r.destinationCidr())))
                    .filter(r -> !matched.contains(r)).ifPresent(matched::add);
        }
        return matched;
    }

    private TransitGatewayAttachment target(Scope scope, TransitGatewayRouteTable table, String attachmentId, boolean blackhole) {
        if (blackhole == (attachmentId != null)) {
            throw new AwsException(blackhole ? "InvalidParameterCombination" : "MissingParameter",
                    "The request must contain exactly one of TransitGatewayAttachmentId or Blackhole.");
        }
        return blackhole ? null : sameGateway(table, gateways.findAttachment(scope, attachmentId));
    }

    private static TransitGatewayAttachment sameGateway(TransitGatewayRouteTable table, TransitGatewayAttachment attachment) {
        if (!attachment.getTransitGatewayId().equals(table.getTransitGatewayId())) {
            throw new AwsException("InvalidParameterValue", "Transit Gateway Attachment " + attachment.getId() + " does not belong to "
                    + table.getTransitGatewayId() + ", the transit gateway of " + table.getId() + ".");
        }
        return attachment;
    }

    private static AwsException routeNotFound(String tableId, String cidr) {
        return new AwsException("InvalidRoute.NotFound", "No route with destination-cidr-block " + cidr + " in Transit Gateway Route Table "
                + tableId + ".");
    }

    private static String cidr(String text) {
        if (text == null || text.isEmpty()) {
            throw Ec2Errors.missing("DestinationCidrBlock");
        }
        String canonical = Cidrs.canonicalOrNull(text);
        if (canonical == null) {
            throw Ec2Errors.invalidValue("DestinationCidrBlock", text, "This is not a valid CIDR block.");
        }
        return canonical;
    }

    TransitGatewayRouteTable find(Scope scope, String tableId) {
        return KIND.require("TransitGatewayRouteTableId", tableId, id -> tables.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    public boolean exists(Scope scope, String tableId) {
        return tables.findByIdAndAccountAndRegion(tableId, scope.account(), scope.region()).isPresent();
    }

    private Tagged<RouteTableView> tagged(TransitGatewayRouteTable table) {
        TransitGateway gateway = gateways.find(new Scope(table.getAccount(), table.getRegion()), table.getTransitGatewayId());
        return new Tagged<>(new RouteTableView(table, gateways.stateOf(table.getCreatedAt()),
                table.getId().equals(gateway.getAssociationDefaultRouteTableId()), table.getId().equals(gateway.getPropagationDefaultRouteTableId())),
                tags.tagsOf(table.getId()));
    }
}
