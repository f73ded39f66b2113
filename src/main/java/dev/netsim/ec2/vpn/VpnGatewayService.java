package dev.netsim.ec2.vpn;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.Asns;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.region.RegionCatalog;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.VpcLookup;

/** Virtual private gateways: create, attach to one VPC (a VPC has at most one), detach, delete. */
@Service
@Transactional
public class VpnGatewayService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("vgw", "InvalidVpnGatewayID", "InvalidVpnGatewayID.NotFound",
            "vpn gateway", 5, 1000);
    static final int GATEWAYS_PER_REGION = 5;
    static final long DEFAULT_ASN = 64512;

    private static final FilterSpec<Tagged<VpnGateway>> FILTERS = FilterSpec.<Tagged<VpnGateway>>builder(Tagged::tags)
            .on("vpn-gateway-id", t -> t.resource().getId())
            .on("amazon-side-asn", t -> t.resource().getAmazonSideAsn())
            .on("attachment.state", t -> t.resource().getAttachedVpcId() == null ? null : "attached")
            .on("attachment.vpc-id", t -> t.resource().getAttachedVpcId())
            .on("availability-zone", t -> t.resource().getAvailabilityZone())
            .on("state", t -> "available")
            .on("type", t -> "ipsec.1")
            .build();

    private final VpnGatewayRepository gateways;
    private final VpnConnectionRepository connections;
    private final VpcLookup vpcs;
    private final RegionCatalog regions;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;
    private final RegionQuotaLock quotaLock;

    public VpnGatewayService(VpnGatewayRepository gateways, VpnConnectionRepository connections, VpcLookup vpcs, RegionCatalog regions,
                             TagService tags, IdGenerator ids, Clock clock, RegionQuotaLock quotaLock) {
        this.gateways = gateways;
        this.connections = connections;
        this.vpcs = vpcs;
        this.regions = regions;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }

    public Tagged<VpnGateway> create(Scope scope, String type, String availabilityZone, Long amazonSideAsn, Map<String, String> newTags) {
        requireIpsec1(type);
        if (availabilityZone != null && regions.zoneByName(scope.region(), availabilityZone).isEmpty()) {
            throw Ec2Errors.invalidValue("AvailabilityZone", availabilityZone, "This availability zone is not in " + scope.region() + ".");
        }
        long asn = amazonSideAsn == null ? DEFAULT_ASN : amazonSideAsn;
        if (!Asns.isPrivate(asn) && asn != 7224 && asn != 9059 && asn != 10124 && asn != 17493) {
            throw Ec2Errors.invalidValue("AmazonSideAsn", String.valueOf(asn), "Use a private ASN or one of Amazon's default ASNs.");
        }
        quotaLock.hold(scope);
        if (gateways.countByAccountAndRegion(scope.account(), scope.region()) >= GATEWAYS_PER_REGION) {
            throw new AwsException("VpnGatewayLimitExceeded", "The maximum number of virtual private gateways has been reached.");
        }
        VpnGateway gateway = gateways.save(new VpnGateway(ids.ec2Id("vgw"), scope.account(), scope.region(), availabilityZone, asn, clock.instant()));
        return new Tagged<>(gateway, tags.tagNew(scope, gateway.getId(), "vpn-gateway", newTags));
    }

    public String attach(Scope scope, String gatewayId, String vpcId) {
        VpnGateway gateway = find(scope, gatewayId);
        vpcs.lock(scope, vpcId);
        if (gateway.getAttachedVpcId() != null) {
            throw new AwsException("VpnGatewayAttachmentLimitExceeded", "The virtual private gateway " + gatewayId + " is already attached to "
                    + gateway.getAttachedVpcId() + ".");
        }
        if (!gateways.findByAttachedVpcId(vpcId).isEmpty()) {
            throw new AwsException("VpnGatewayAttachmentLimitExceeded", "The VPC " + vpcId + " already has a virtual private gateway attached.");
        }
        gateway.attachTo(vpcId);
        return vpcId;
    }

    public void detach(Scope scope, String gatewayId, String vpcId) {
        VpnGateway gateway = find(scope, gatewayId);
        if (vpcId == null || !vpcId.equals(gateway.getAttachedVpcId())) {
            throw new AwsException("InvalidVpnGatewayAttachment.NotFound", "The attachment with vpn gateway ID '" + gatewayId + "' and vpc ID '"
                    + vpcId + "' does not exist");
        }
        gateway.attachTo(null);
    }

    /** DeleteVpnGateway: not while attached or used by a VPN connection. */
    public void delete(Scope scope, String gatewayId) {
        VpnGateway gateway = find(scope, gatewayId);
        if (gateway.getAttachedVpcId() != null) {
            throw new AwsException("IncorrectState", "The virtual private gateway " + gatewayId + " is attached to " + gateway.getAttachedVpcId() + ".");
        }
        List<String> used = connections.findByVpnGatewayIdAndDeletedAtIsNull(gatewayId).stream().map(VpnConnection::getId).toList();
        if (!used.isEmpty()) {
            throw new AwsException("IncorrectState", "The virtual private gateway " + gatewayId + " is used by " + String.join(", ", used) + ".");
        }
        tags.forget(gatewayId);
        gateways.delete(gateway);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<VpnGateway>> describe(Scope scope, DescribeQuery query) {
        return query.apply(KIND, tags.withTags(scope, gateways.findByAccountAndRegionOrderById(scope.account(), scope.region()), VpnGateway::getId),
                VpnGateway::getId, FILTERS);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<VpnGateway> lookup(Scope scope, String gatewayId) {
        return gateways.findByIdAndAccountAndRegion(gatewayId, scope.account(), scope.region());
    }

    /** Gateways attached to the VPC: each keeps it from being deleted. */
    @Transactional(readOnly = true)
    public List<String> attachedTo(String vpcId) {
        return gateways.findByAttachedVpcId(vpcId).stream().map(VpnGateway::getId).toList();
    }

    public boolean exists(Scope scope, String gatewayId) {
        return lookup(scope, gatewayId).isPresent();
    }

    VpnGateway find(Scope scope, String gatewayId) {
        return KIND.require("VpnGatewayId", gatewayId, id -> lookup(scope, id));
    }

    static void requireIpsec1(String type) {
        if (type == null) {
            throw Ec2Errors.missing("Type");
        }
        if (!type.equals("ipsec.1")) {
            throw Ec2Errors.invalidValue("Type", type, "The only supported type is ipsec.1.");
        }
    }
}
