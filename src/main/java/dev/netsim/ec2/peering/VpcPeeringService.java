package dev.netsim.ec2.peering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import dev.netsim.ec2.Ec2Ids;
import dev.netsim.ec2.ResourceLifecycle;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.Vpc;
import dev.netsim.ec2.vpc.VpcCidrBlock;
import dev.netsim.ec2.vpc.VpcLookup;

/**
 * VPC peering between any two VPCs on this server (same or other account and region): request,
 * accept or reject by the accepter, delete by either side. Overlapping CIDRs make the request fail.
 */
@Service
@Transactional
public class VpcPeeringService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("pcx", "InvalidVpcPeeringConnectionId",
            "InvalidVpcPeeringConnectionID.NotFound", "vpcPeeringConnection", 5, 1000);
    static final Duration PENDING_FOR = Duration.ofDays(7);

    /** A connection with its status as of now, as both sides see it. */
    public record PeeringView(VpcPeeringConnection connection, String status) {
    }

    private static final FilterSpec<Tagged<PeeringView>> FILTERS = FilterSpec.<Tagged<PeeringView>>builder(Tagged::tags)
            .on("vpc-peering-connection-id", t -> t.resource().connection().getId())
            .on("status-code", t -> t.resource().status())
            .on("status-message", t -> t.resource().connection().getStatusMessage())
            .on("requester-vpc-info.vpc-id", t -> t.resource().connection().getRequesterVpcId())
            .on("requester-vpc-info.owner-id", t -> t.resource().connection().requesterScope().account())
            .on("requester-vpc-info.cidr-block", t -> t.resource().connection().getRequesterCidr())
            .on("accepter-vpc-info.vpc-id", t -> t.resource().connection().getAccepterVpcId())
            .on("accepter-vpc-info.owner-id", t -> t.resource().connection().accepterScope().account())
            .on("accepter-vpc-info.cidr-block", t -> t.resource().connection().getAccepterCidr())
            .on("expiration-time", t -> t.resource().connection().getExpiresAt())
            .build();

    private final VpcPeeringConnectionRepository connections;
    private final VpcLookup vpcs;
    private final TagService tags;
    private final IdGenerator ids;
    private final ResourceLifecycle lifecycle;
    private final Clock clock;

    public VpcPeeringService(VpcPeeringConnectionRepository connections, VpcLookup vpcs, TagService tags, IdGenerator ids,
                             ResourceLifecycle lifecycle, Clock clock) {
        this.connections = connections;
        this.vpcs = vpcs;
        this.tags = tags;
        this.ids = ids;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    public Tagged<PeeringView> create(Scope scope, String vpcId, String peerVpcId, String peerOwnerId, String peerRegion,
                                      Map<String, String> newTags) {
        Vpc requester = vpcs.find(scope, vpcId);
        if (peerVpcId == null || peerVpcId.isEmpty()) {
            throw Ec2Errors.missing("PeerVpcId");
        }
        Ec2Ids.requireWellFormed(peerVpcId, "vpc", "InvalidVpcID");
        if (peerVpcId.equals(vpcId)) {
            throw new AwsException("InvalidParameterValue", "A VPC cannot be peered with itself: " + vpcId);
        }
        Scope peerScope = new Scope(peerOwnerId == null ? scope.account() : peerOwnerId, peerRegion == null ? scope.region() : peerRegion);
        boolean peerExists = vpcs.exists(peerScope, peerVpcId);
        if (!peerExists && peerScope.equals(scope)) {
            throw Ec2Errors.notFound("InvalidVpcID", "vpc", peerVpcId);
        }
        boolean alreadyPeered = connections.findByVpc(vpcId).stream()
                .filter(p -> p.getRequesterVpcId().equals(peerVpcId) || p.getAccepterVpcId().equals(peerVpcId))
                .map(p -> p.statusAt(clock.instant())).anyMatch(s -> s.equals("active") || s.equals("pending-acceptance"));
        if (alreadyPeered) {
            throw new AwsException("VpcPeeringConnectionAlreadyExists", "A VPC peering connection between " + vpcId + " and " + peerVpcId
                    + " already exists.");
        }
        Instant now = clock.instant();
        VpcPeeringConnection connection = new VpcPeeringConnection(ids.ec2Id("pcx"), scope, vpcId, requester.getCidrBlock(), peerScope,
                peerVpcId, now, now.plus(PENDING_FOR));
        if (!peerExists) {
            connection.setStatus("failed", "Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range", now);
        } else if (overlap(requester, vpcs.find(peerScope, peerVpcId))) {
            connection.setStatus("failed", "Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range", now);
        }
        connections.save(connection);
        return new Tagged<>(view(connection), tags.tagNew(scope, connection.getId(), "vpc-peering-connection", newTags));
    }

    /** No CIDR of one VPC may overlap any CIDR of the other, used or not. */
    private static boolean overlap(Vpc a, Vpc b) {
        return a.getCidrBlocks().stream().map(VpcCidrBlock::getCidrBlock).map(Ipv4Cidr::parseOrNull)
                .anyMatch(x -> b.getCidrBlocks().stream().map(VpcCidrBlock::getCidrBlock).map(Ipv4Cidr::parseOrNull).anyMatch(x::overlaps));
    }

    /** AcceptVpcPeeringConnection: by the accepter, while pending. */
    public PeeringView accept(Scope scope, String connectionId) {
        VpcPeeringConnection connection = pendingForAccepter(scope, connectionId, "accept");
        Vpc accepter = vpcs.find(scope, connection.getAccepterVpcId());
        connection.accepted(accepter.getCidrBlock(), clock.instant());
        return view(connection);
    }

    /**
     * ModifyVpcPeeringConnectionOptions: each side's options are set by that side's owner, in its
     * Region, and only on an active connection.
     */
    public PeeringView modifyOptions(Scope scope, String connectionId, Boolean requesterDns, Boolean accepterDns) {
        VpcPeeringConnection connection = find(scope, connectionId);
        if (requesterDns == null && accepterDns == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter RequesterPeeringConnectionOptions or "
                    + "AccepterPeeringConnectionOptions");
        }
        if (!connection.statusAt(clock.instant()).equals("active")) {
            throw new AwsException("OperationNotPermitted", "Peering " + connectionId + " is not active. Peering options can be added only to "
                    + "active peerings.");
        }
        side(scope, connection, requesterDns, connection.requesterScope(), "requester");
        side(scope, connection, accepterDns, connection.accepterScope(), "accepter");
        connection.setDnsResolution(requesterDns, accepterDns);
        return view(connection);
    }

    private static void side(Scope scope, VpcPeeringConnection connection, Boolean option, Scope owner, String side) {
        if (option != null && !owner.equals(scope)) {
            throw new AwsException("OperationNotPermitted", "The " + side + " peering options of " + connection.getId() + " can be modified only "
                    + "by the " + side + ", account " + owner.account() + " in region " + owner.region() + ".");
        }
    }

    public void reject(Scope scope, String connectionId) {
        pendingForAccepter(scope, connectionId, "reject").setStatus("rejected", "Rejected by " + scope.account(), clock.instant());
    }

    /** DeleteVpcPeeringConnection: either side, while pending or active. */
    public void delete(Scope scope, String connectionId) {
        VpcPeeringConnection connection = find(scope, connectionId);
        String status = connection.statusAt(clock.instant());
        if (!status.equals("active") && !status.equals("pending-acceptance")) {
            throw invalidTransition(connection, status, "deleted");
        }
        connection.setStatus("deleted", "Deleted by " + scope.account(), clock.instant());
    }

    @Transactional(readOnly = true)
    public Page<Tagged<PeeringView>> describe(Scope scope, DescribeQuery query) {
        List<PeeringView> visible = connections.findVisibleFrom(scope.account(), scope.region()).stream().map(this::view)
                .filter(v -> !List.of("deleted", "rejected", "failed", "expired").contains(v.status())
                        || lifecycle.visible(v.connection().getChangedAt()))
                .toList();
        return query.apply(KIND, tags.withTags(scope, visible, v -> v.connection().getId()), v -> v.connection().getId(), FILTERS);
    }

    /** Whether routes of {@code vpcId} can use the connection: it is active and joins that VPC. */
    @Transactional(readOnly = true)
    public boolean isActiveFor(Scope scope, String connectionId, String vpcId) {
        return connections.findById(connectionId).filter(c -> c.visibleFrom(scope))
                .filter(c -> c.statusAt(clock.instant()).equals("active"))
                .filter(c -> c.getRequesterVpcId().equals(vpcId) || c.getAccepterVpcId().equals(vpcId)).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String connectionId) {
        return connections.findById(connectionId).filter(c -> c.visibleFrom(scope)).isPresent();
    }

    /** Pending or active connections of a VPC keep it from being deleted. */
    @Transactional(readOnly = true)
    public List<String> liveConnectionsOf(String vpcId) {
        return connections.findByVpc(vpcId).stream().filter(c -> List.of("active", "pending-acceptance").contains(c.statusAt(clock.instant())))
                .map(VpcPeeringConnection::getId).toList();
    }

    private PeeringView view(VpcPeeringConnection connection) {
        return new PeeringView(connection, connection.statusAt(clock.instant()));
    }

    private VpcPeeringConnection pendingForAccepter(Scope scope, String connectionId, String action) {
        VpcPeeringConnection connection = find(scope, connectionId);
        Scope accepter = connection.accepterScope();
        if (accepter.account().equals(scope.account()) && !accepter.region().equals(scope.region())) {
            throw new AwsException("OperationNotPermitted", "Incorrect region (" + scope.region() + ") specified for this request. VPC peering "
                    + "connection " + connectionId + " must be " + (action.equals("accept") ? "accepted" : "rejected") + " in region "
                    + accepter.region() + ".");
        }
        if (!accepter.equals(scope)) {
            throw new AwsException("OperationNotPermitted", "User " + scope.account() + " cannot " + action + " peering " + connectionId
                    + ": only the accepter can.");
        }
        String status = connection.statusAt(clock.instant());
        if (!status.equals("pending-acceptance")) {
            throw invalidTransition(connection, status, action.equals("accept") ? "active" : "rejected");
        }
        return connection;
    }

    private static AwsException invalidTransition(VpcPeeringConnection connection, String from, String to) {
        return new AwsException("InvalidStateTransition", "Invalid state transition for " + connection.getId() + ", attempted to transition from "
                + from + " to " + to);
    }

    private VpcPeeringConnection find(Scope scope, String connectionId) {
        return KIND.require("VpcPeeringConnectionId", connectionId, id -> connections.findById(id).filter(c -> c.visibleFrom(scope)));
    }
}
