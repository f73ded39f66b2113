package dev.netsim.ec2.gateway;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.VpcLookup;

/** Internet gateways: create, attach to one VPC, detach, delete, describe. */
@Service
@Transactional
public class InternetGatewayService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("igw", "InvalidInternetGatewayId", "InvalidInternetGatewayID.NotFound", "internet gateway", 5, 1000);

    private static final FilterSpec<Tagged<InternetGateway>> FILTERS = FilterSpec.<Tagged<InternetGateway>>builder(Tagged::tags)
            .on("internet-gateway-id", t -> t.resource().getId())
            .on("owner-id", t -> t.resource().getAccount())
            .on("attachment.vpc-id", t -> t.resource().getAttachedVpcId())
            .on("attachment.state", t -> t.resource().getAttachedVpcId() == null ? null : "available")
            .build();

    private final InternetGatewayRepository gateways;
    private final VpcLookup vpcs;
    private final NetworkInterfaceService interfaces;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public InternetGatewayService(InternetGatewayRepository gateways, VpcLookup vpcs, NetworkInterfaceService interfaces, TagService tags, IdGenerator ids, Clock clock) {
        this.gateways = gateways;
        this.vpcs = vpcs;
        this.interfaces = interfaces;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    public Tagged<InternetGateway> create(Scope scope, Map<String, String> newTags) {
        InternetGateway gateway = gateways.save(new InternetGateway(ids.ec2Id("igw"), scope.account(), scope.region(), clock.instant()));
        return new Tagged<>(gateway, tags.tagNew(scope, gateway.getId(), "internet-gateway", newTags));
    }

    /** AttachInternetGateway: one gateway per VPC and one VPC per gateway ({@code Resource.AlreadyAssociated}). */
    public void attach(Scope scope, String gatewayId, String vpcId) {
        InternetGateway gateway = find(scope, gatewayId);
        vpcs.lock(scope, vpcId);
        if (gateway.isAttached()) {
            throw new AwsException("Resource.AlreadyAssociated", "resource " + gatewayId + " is already attached to network " + gateway.getAttachedVpcId());
        }
        List<InternetGateway> attached = gateways.findByAttachedVpcId(vpcId);
        if (!attached.isEmpty()) {
            throw new AwsException("Resource.AlreadyAssociated", "network " + vpcId + " already has an internet gateway attached: " + attached.get(0).getId());
        }
        gateway.attachTo(vpcId);
    }

    /** DetachInternetGateway: only from the VPC it is attached to ({@code Gateway.NotAttached}). */
    public void detach(Scope scope, String gatewayId, String vpcId) {
        InternetGateway gateway = find(scope, gatewayId);
        vpcs.lock(scope, vpcId);
        if (!vpcId.equals(gateway.getAttachedVpcId())) {
            throw new AwsException("Gateway.NotAttached", "resource " + gatewayId + " is not attached to network " + vpcId);
        }
        if (interfaces.publicAddressesIn(vpcId) > 0) {
            throw new AwsException("DependencyViolation", "Network " + vpcId + " has some mapped public address(es). "
                    + "Please unmap those public address(es) before detaching the gateway.");
        }
        gateway.detach();
    }

    /** DeleteInternetGateway: refused while attached; routes to it turn blackhole. */
    public void delete(Scope scope, String gatewayId) {
        InternetGateway gateway = find(scope, gatewayId);
        if (gateway.isAttached()) {
            throw Ec2Errors.dependencyViolation("internetGateway", gatewayId, "attached to " + gateway.getAttachedVpcId());
        }
        tags.forget(gatewayId);
        gateways.delete(gateway);
    }

    /** The VPC the gateway is attached to, if it exists and is attached: what makes a route to it active. */
    @Transactional(readOnly = true)
    public Optional<String> attachedVpc(Scope scope, String gatewayId) {
        return gateways.findByIdAndAccountAndRegion(gatewayId, scope.account(), scope.region()).map(InternetGateway::getAttachedVpcId);
    }

    private InternetGateway find(Scope scope, String gatewayId) {
        return KIND.require("InternetGatewayId", gatewayId, id -> gateways.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    public InternetGateway createAttached(Scope scope, String vpcId) {
        InternetGateway gateway = new InternetGateway(ids.ec2Id("igw"), scope.account(), scope.region(), clock.instant());
        gateway.attachTo(vpcId);
        return gateways.save(gateway);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<InternetGateway>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<InternetGateway>> all = tags.withTags(scope, gateways.findByAccountAndRegionOrderById(scope.account(), scope.region()), InternetGateway::getId);
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
