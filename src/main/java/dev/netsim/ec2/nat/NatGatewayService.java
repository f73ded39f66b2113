package dev.netsim.ec2.nat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.ResourceLifecycle;
import dev.netsim.ec2.address.ElasticIp;
import dev.netsim.ec2.address.ElasticIpService;
import dev.netsim.ec2.subnet.PrivateIpAllocator;
import dev.netsim.ec2.subnet.Subnet;
import dev.netsim.ec2.subnet.SubnetLookup;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;

/**
 * NAT gateways: public ones need an Elastic IP, private ones must not have one; each takes a
 * private address of its subnet. Deleted gateways stay visible for a while, as on AWS.
 */
@Service
@Transactional
public class NatGatewayService {

    /** Unknown ids are {@code NatGatewayNotFound}, without the usual ".NotFound" form (the waiters rely on it). */
    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("nat", "InvalidNatGatewayID", "NatGatewayNotFound", "nat gateway", 5, 1000);
    static final int ADDRESSES_PER_GATEWAY = 8;
    static final int GATEWAYS_PER_ZONE = 5;

    private static final FilterSpec<Tagged<NatGatewayView>> FILTERS = FilterSpec.<Tagged<NatGatewayView>>builder(Tagged::tags)
            .on("nat-gateway-id", t -> t.resource().gateway().getId())
            .on("state", t -> t.resource().state())
            .on("subnet-id", t -> t.resource().gateway().getSubnetId())
            .on("vpc-id", t -> t.resource().gateway().getVpcId())
            .build();

    /** A NAT gateway with its current state. */
    public record NatGatewayView(NatGateway gateway, String state) {
    }

    private final NatGatewayRepository gateways;
    private final SubnetLookup subnets;
    private final PrivateIpAllocator privateIps;
    private final ElasticIpService elasticIps;
    private final TagService tags;
    private final IdGenerator ids;
    private final ResourceLifecycle lifecycle;
    private final Clock clock;
    private final RegionQuotaLock quotaLock;

    public NatGatewayService(NatGatewayRepository gateways, SubnetLookup subnets, PrivateIpAllocator privateIps, ElasticIpService elasticIps,
                             TagService tags, IdGenerator ids, ResourceLifecycle lifecycle, Clock clock, RegionQuotaLock quotaLock) {
        this.gateways = gateways;
        this.subnets = subnets;
        this.privateIps = privateIps;
        this.elasticIps = elasticIps;
        this.tags = tags;
        this.ids = ids;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }

    /** What CreateNatGateway takes; the client token makes retries return the first result. */
    public record NatGatewayRequest(String subnetId, String allocationId, String connectivityType, String privateIpAddress,
                                    Secondary secondary, String clientToken, Map<String, String> tags) {
    }

    /**
     * Secondary addresses asked for: Elastic IPs (public gateways; each gets a private IP, the one at
     * the same position in {@code privateIps} if given) or private IPs, given or counted (private gateways).
     */
    public record Secondary(List<String> allocationIds, List<String> privateIps, Integer privateIpCount) {

        public static final Secondary NONE = new Secondary(List.of(), List.of(), null);

        boolean isEmpty() {
            return allocationIds.isEmpty() && privateIps.isEmpty() && privateIpCount == null;
        }
    }

    public Tagged<NatGatewayView> create(Scope scope, NatGatewayRequest request) {
        if (request.clientToken() != null) {
            var earlier = gateways.findByAccountAndRegionAndClientToken(scope.account(), scope.region(), request.clientToken());
            if (earlier.isPresent()) {
                NatGateway first = earlier.get();
                boolean same = first.getSubnetId().equals(request.subnetId()) && Objects.equals(first.getAllocationId(), request.allocationId())
                        && first.getConnectivityType().equals(connectivity(request.connectivityType()));
                if (!same) {
                    throw new AwsException("IdempotentParameterMismatch", "The client token " + request.clientToken()
                            + " was already used with other parameters.");
                }
                return view(first, lifecycle.state(first.getCreatedAt(), first.getDeletedAt()));
            }
        }
        String connectivity = connectivity(request.connectivityType());
        if (connectivity.equals("public") && request.allocationId() == null) {
            throw Ec2Errors.missing("AllocationId");
        }
        if (connectivity.equals("private") && request.allocationId() != null) {
            throw new AwsException("InvalidParameterCombination", "A private NAT gateway cannot have an Elastic IP address (AllocationId).");
        }
        Subnet subnet = subnets.find(scope, request.subnetId());
        quotaLock.hold(scope);
        long inZone = gateways.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(g -> !g.isDeleted()).map(NatGateway::getSubnetId).map(id -> subnets.find(scope, id))
                .filter(s -> s.getAvailabilityZone().equals(subnet.getAvailabilityZone())).count();
        if (inZone >= GATEWAYS_PER_ZONE) {
            throw new AwsException("NatGatewayLimitExceeded", "The maximum number of NAT gateways in " + subnet.getAvailabilityZone() + " has been reached.");
        }
        NatGateway gateway = new NatGateway(ids.ec2Id("nat"), scope.account(), scope.region(), subnet.getVpcId(), subnet.getId(),
                connectivity, ids.ec2Id("eni"), request.clientToken(), clock.instant());
        String privateIp = privateIps.allocate(scope, subnet.getId(), gateway.getId(), request.privateIpAddress());
        ElasticIp address = request.allocationId() == null ? null
                : elasticIps.associateWithNatGateway(scope, request.allocationId(), gateway.getId(), gateway.getNetworkInterfaceId(), privateIp);
        gateway.addresses(privateIp, request.allocationId(), address == null ? null : address.getPublicIp());
        NatGateway saved = gateways.save(gateway);
        if (!request.secondary().isEmpty()) {
            if (connectivity.equals("public")) {
                addElasticIps(scope, saved, request.secondary().allocationIds(), request.secondary().privateIps());
            } else {
                addPrivateIps(scope, saved, request.secondary().privateIps(), request.secondary().privateIpCount());
            }
        }
        tags.tagNew(scope, gateway.getId(), "natgateway", request.tags());
        return view(gateway, "pending"); // AWS answers CreateNatGateway with pending, however short the wait

    }

    /** DeleteNatGateway: deleting, then deleted; its private addresses are freed and its Elastic IPs let go. */
    public String delete(Scope scope, String gatewayId) {
        NatGateway gateway = find(scope, gatewayId);
        if (!gateway.isDeleted()) {
            gateway.markDeleted(clock.instant());
            privateIps.releaseAll(gateway.getId());
            if (gateway.getAllocationId() != null) {
                elasticIps.disassociateFrom(scope, gateway.getAllocationId());
            }
            gateway.getSecondaryAddresses().stream().filter(a -> a.getAllocationId() != null)
                    .forEach(a -> elasticIps.disassociateFrom(scope, a.getAllocationId()));
        }
        return gateway.getId();
    }

    // ---- secondary addresses

    /** AssociateNatGatewayAddress: more Elastic IPs on a public gateway, each with a private IP of its subnet. */
    public List<NatSecondaryAddress> associateElasticIps(Scope scope, String gatewayId, List<String> allocationIds, List<String> privateIps) {
        NatGateway gateway = live(scope, gatewayId);
        if (!gateway.getConnectivityType().equals("public")) {
            throw new AwsException("InvalidParameterValue", "Elastic IP addresses can be associated with public NAT gateways only.");
        }
        if (allocationIds.isEmpty()) {
            throw Ec2Errors.missing("AllocationId");
        }
        return addElasticIps(scope, gateway, allocationIds, privateIps);
    }

    /** DisassociateNatGatewayAddress: secondary Elastic IPs only; their private IPs go too. */
    public List<NatSecondaryAddress> disassociateElasticIps(Scope scope, String gatewayId, List<String> associationIds) {
        NatGateway gateway = live(scope, gatewayId);
        List<NatSecondaryAddress> gone = new ArrayList<>();
        for (String associationId : associationIds) {
            NatSecondaryAddress address = gateway.getSecondaryAddresses().stream().filter(a -> associationId.equals(a.getAssociationId()))
                    .findFirst().orElseThrow(() -> new AwsException("InvalidAssociationID.NotFound", "The association ID '" + associationId
                            + "' is not a secondary address association of " + gatewayId + "; the primary address cannot be disassociated."));
            remove(scope, gateway, address);
            gone.add(address);
        }
        return gone;
    }

    /** AssignPrivateNatGatewayAddress: more private IPs on a private gateway, given or counted. */
    public List<NatSecondaryAddress> assignPrivateIps(Scope scope, String gatewayId, List<String> addresses, Integer count) {
        NatGateway gateway = live(scope, gatewayId);
        if (!gateway.getConnectivityType().equals("private")) {
            throw new AwsException("InvalidParameterValue", "Private IP addresses are assigned to private NAT gateways; a public one takes "
                    + "Elastic IPs with AssociateNatGatewayAddress.");
        }
        return addPrivateIps(scope, gateway, addresses, count);
    }

    public List<NatSecondaryAddress> unassignPrivateIps(Scope scope, String gatewayId, List<String> addresses) {
        NatGateway gateway = live(scope, gatewayId);
        List<NatSecondaryAddress> gone = new ArrayList<>();
        for (String ip : addresses) {
            NatSecondaryAddress address = gateway.getSecondaryAddresses().stream().filter(a -> a.getPrivateIp().equals(ip) && a.getAllocationId() == null)
                    .findFirst().orElseThrow(() -> new AwsException("InvalidParameterValue", "The address " + ip
                            + " is not a secondary private address of " + gatewayId + "."));
            remove(scope, gateway, address);
            gone.add(address);
        }
        return gone;
    }

    private List<NatSecondaryAddress> addElasticIps(Scope scope, NatGateway gateway, List<String> allocationIds, List<String> requestedIps) {
        if (!requestedIps.isEmpty() && requestedIps.size() != allocationIds.size()) {
            throw new AwsException("InvalidParameterCombination", "Give one private IP address per Elastic IP allocation, or none.");
        }
        requireRoom(gateway, allocationIds.size());
        List<NatSecondaryAddress> added = new ArrayList<>();
        for (int i = 0; i < allocationIds.size(); i++) {
            String privateIp = privateIps.allocate(scope, gateway.getSubnetId(), gateway.getId(), requestedIps.isEmpty() ? null : requestedIps.get(i));
            ElasticIp address = elasticIps.associateWithNatGateway(scope, allocationIds.get(i), gateway.getId(), gateway.getNetworkInterfaceId(),
                    privateIp);
            added.add(new NatSecondaryAddress(privateIp, address.getAllocationId(), address.getPublicIp(), address.getAssociationId()));
        }
        gateway.getSecondaryAddresses().addAll(added);
        return added;
    }

    private List<NatSecondaryAddress> addPrivateIps(Scope scope, NatGateway gateway, List<String> addresses, Integer count) {
        if (!addresses.isEmpty() == (count != null)) {
            throw new AwsException(count == null ? "MissingParameter" : "InvalidParameterCombination",
                    "Give either PrivateIpAddresses or PrivateIpAddressCount.");
        }
        int wanted = count != null ? count : addresses.size();
        if (wanted < 1) {
            throw Ec2Errors.invalidValue("PrivateIpAddressCount", String.valueOf(wanted), "Value must be at least 1.");
        }
        requireRoom(gateway, wanted);
        List<NatSecondaryAddress> added = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            String privateIp = privateIps.allocate(scope, gateway.getSubnetId(), gateway.getId(), addresses.isEmpty() ? null : addresses.get(i));
            added.add(new NatSecondaryAddress(privateIp, null, null, null));
        }
        gateway.getSecondaryAddresses().addAll(added);
        return added;
    }

    /** AWS allows a NAT gateway up to eight addresses, the primary one included. */
    private static void requireRoom(NatGateway gateway, int more) {
        if (1 + gateway.getSecondaryAddresses().size() + more > ADDRESSES_PER_GATEWAY) {
            throw new AwsException("AddressLimitExceeded", "A NAT gateway can have at most " + ADDRESSES_PER_GATEWAY
                    + " addresses; " + gateway.getId() + " has " + (1 + gateway.getSecondaryAddresses().size()) + ".");
        }
    }

    private void remove(Scope scope, NatGateway gateway, NatSecondaryAddress address) {
        if (address.getAllocationId() != null) {
            elasticIps.disassociateFrom(scope, address.getAllocationId());
        }
        privateIps.release(gateway.getId(), address.getPrivateIp());
        gateway.getSecondaryAddresses().remove(address);
    }

    private NatGateway live(Scope scope, String gatewayId) {
        NatGateway gateway = find(scope, gatewayId);
        if (gateway.isDeleted()) {
            throw new AwsException("InvalidNatGatewayID.NotFound", "The NAT gateway " + gatewayId + " is deleted.");
        }
        return gateway;
    }

    @Transactional(readOnly = true)
    public Page<Tagged<NatGatewayView>> describe(Scope scope, DescribeQuery query) {
        List<NatGatewayView> visible = gateways.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(g -> lifecycle.visible(g.getDeletedAt()))
                .map(g -> new NatGatewayView(g, lifecycle.state(g.getCreatedAt(), g.getDeletedAt())))
                .toList();
        return query.apply(KIND, tags.withTags(scope, visible, v -> v.gateway().getId()), v -> v.gateway().getId(), FILTERS);
    }

    /** The VPC of a gateway that is not deleted (routes to it carry traffic); empty when there is none. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> liveVpcOf(Scope scope, String gatewayId) {
        return gateways.findByIdAndAccountAndRegion(gatewayId, scope.account(), scope.region()).filter(g -> !g.isDeleted()).map(NatGateway::getVpcId);
    }

    public boolean exists(Scope scope, String gatewayId) {
        return gateways.findByIdAndAccountAndRegion(gatewayId, scope.account(), scope.region()).isPresent();
    }

    private Tagged<NatGatewayView> view(NatGateway gateway, String state) {
        return new Tagged<>(new NatGatewayView(gateway, state), tags.tagsOf(gateway.getId()));
    }

    private static String connectivity(String type) {
        String value = type == null ? "public" : type;
        if (!value.equals("public") && !value.equals("private")) {
            throw Ec2Errors.invalidValue("ConnectivityType", type, "Valid values are public and private.");
        }
        return value;
    }

    private NatGateway find(Scope scope, String gatewayId) {
        return KIND.require("NatGatewayId", gatewayId, id -> gateways.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }
}
