package dev.netsim.ec2.address;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.Filter;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Ids;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.eni.NetworkInterface;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.gateway.InternetGatewayService;
import dev.netsim.ec2.publicip.PublicIpPool;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;

/** Elastic IPs: allocation from the public pool (quota 5 per region), release, and use by NAT gateways. */
@Service
@Transactional
public class ElasticIpService {

    static final int ADDRESSES_PER_REGION = 5;

    private static final FilterSpec<Tagged<ElasticIp>> FILTERS = FilterSpec.<Tagged<ElasticIp>>builder(Tagged::tags)
            .on("allocation-id", t -> t.resource().getAllocationId())
            .on("association-id", t -> t.resource().getAssociationId())
            .on("domain", t -> "vpc")
            .on("public-ip", t -> t.resource().getPublicIp())
            .on("private-ip-address", t -> t.resource().getPrivateIp())
            .on("network-interface-id", t -> t.resource().getNetworkInterfaceId())
            .on("network-interface-owner-id", t -> t.resource().getNetworkInterfaceId() == null ? null : t.resource().getAccount())
            .on("network-border-group", t -> t.resource().getRegion())
            .on("instance-id", t -> t.resource().getAssociatedWith() != null && t.resource().getAssociatedWith().startsWith("i-")
                    ? t.resource().getAssociatedWith() : null)
            .build();

    private final ElasticIpRepository addresses;
    private final PublicIpPool pool;
    private final NetworkInterfaceService interfaces;
    private final InternetGatewayService internetGateways;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;
    private final RegionQuotaLock quotaLock;

    public ElasticIpService(ElasticIpRepository addresses, PublicIpPool pool, NetworkInterfaceService interfaces,
                            InternetGatewayService internetGateways, TagService tags, IdGenerator ids, Clock clock, RegionQuotaLock quotaLock) {
        this.addresses = addresses;
        this.pool = pool;
        this.interfaces = interfaces;
        this.internetGateways = internetGateways;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }

    public Tagged<ElasticIp> allocate(Scope scope, String domain, Map<String, String> newTags) {
        if (domain != null && !domain.equals("vpc")) {
            throw Ec2Errors.invalidValue("Domain", domain, "Only vpc is supported: EC2-Classic is retired.");
        }
        quotaLock.hold(scope);
        if (addresses.countByAccountAndRegion(scope.account(), scope.region()) >= ADDRESSES_PER_REGION) {
            throw new AwsException("AddressLimitExceeded", "The maximum number of addresses has been reached.");
        }
        String publicIp = pool.allocate();
        ElasticIp address = addresses.save(new ElasticIp(ids.ec2Id("eipalloc"), scope.account(), scope.region(), publicIp, clock.instant()));
        return new Tagged<>(address, tags.tagNew(scope, address.getAllocationId(), "elastic-ip", newTags));
    }

    /** ReleaseAddress: only while nothing uses it. */
    public void release(Scope scope, String allocationId, String publicIp) {
        ElasticIp address = allocationId != null ? find(scope, allocationId) : byPublicIp(scope, publicIp);
        if (address.isAssociated()) {
            throw new AwsException("InvalidIPAddress.InUse", "Address " + address.getPublicIp() + " is in use by " + address.getAssociatedWith() + ".");
        }
        tags.forget(address.getAllocationId());
        addresses.delete(address);
    }

    /** DescribeAddresses: unknown allocation ids or public IPs fail the whole call. */
    @Transactional(readOnly = true)
    public List<Tagged<ElasticIp>> describe(Scope scope, List<String> allocationIds, List<String> publicIps, List<Filter> filters) {
        List<ElasticIp> all = addresses.findByAccountAndRegionOrderByAllocationId(scope.account(), scope.region());
        allocationIds.forEach(id -> find(scope, id));
        publicIps.forEach(ip -> byPublicIp(scope, ip));
        List<ElasticIp> selected = all.stream().filter(a -> (allocationIds.isEmpty() && publicIps.isEmpty())
                || allocationIds.contains(a.getAllocationId()) || publicIps.contains(a.getPublicIp())).toList();
        return FilterEngine.apply(filters, FILTERS, tags.withTags(scope, selected, ElasticIp::getAllocationId));
    }

    /**
     * AssociateAddress: puts the address on an interface (or an instance's primary one) whose VPC
     * has an internet gateway. An address in use moves only with AllowReassociation.
     */
    public ElasticIp associate(Scope scope, String allocationId, String instanceId, String interfaceId, String privateIp,
                               boolean allowReassociation) {
        ElasticIp address = find(scope, allocationId);
        NetworkInterface eni = interfaces.findForAddress(scope, interfaceId, instanceId);
        if (privateIp != null && !privateIp.equals(eni.getPrivateIp())) {
            throw new AwsException("InvalidParameterValue", "The private IP address " + privateIp + " is not assigned to " + eni.getId() + ".");
        }
        if (internetGateways.attachedTo(eni.getVpcId()).isEmpty()) {
            throw new AwsException("Gateway.NotAttached", "Network " + eni.getVpcId() + " is not attached to any internet gateway");
        }
        if (address.isAssociated()) {
            if (!allowReassociation) {
                throw new AwsException("Resource.AlreadyAssociated", "resource " + allocationId + " is already associated with " + address.getAssociatedWith());
            }
            release(address);
        }
        addresses.findByAccountAndRegionOrderByAllocationId(scope.account(), scope.region()).stream()
                .filter(other -> eni.getId().equals(other.getNetworkInterfaceId())).forEach(this::release);
        address.associate(ids.ec2Id("eipassoc"), eni.getInstanceId() != null ? eni.getInstanceId() : eni.getId(), eni.getId(), eni.getPrivateIp());
        interfaces.putElasticIp(eni, address.getPublicIp());
        return address;
    }

    /** DisassociateAddress, by association id or public IP. */
    public void disassociate(Scope scope, String associationId, String publicIp) {
        ElasticIp address = associationId != null
                ? addresses.findByAccountAndRegionOrderByAllocationId(scope.account(), scope.region()).stream()
                        .filter(a -> associationId.equals(a.getAssociationId())).findFirst()
                        .orElseThrow(() -> new AwsException("InvalidAssociationID.NotFound", "The association ID '" + associationId + "' does not exist"))
                : byPublicIp(scope, publicIp);
        if (address.isAssociated()) {
            release(address);
        }
    }

    /** Whether an Elastic IP sits on the interface (then it, not an auto-assigned address, is the public one). */
    @Transactional(readOnly = true)
    public boolean isOnInterface(Scope scope, String interfaceId) {
        return addresses.findByAccountAndRegionOrderByAllocationId(scope.account(), scope.region()).stream()
                .anyMatch(a -> interfaceId.equals(a.getNetworkInterfaceId()));
    }

    /** An instance being terminated lets go of its Elastic IP, which stays allocated. */
    public void releaseFromInterface(Scope scope, String interfaceId) {
        addresses.findByAccountAndRegionOrderByAllocationId(scope.account(), scope.region()).stream()
                .filter(a -> interfaceId.equals(a.getNetworkInterfaceId())).forEach(ElasticIp::disassociate);
    }

    private void release(ElasticIp address) {
        if (address.getNetworkInterfaceId() != null) {
            interfaces.byIds(java.util.List.of(address.getNetworkInterfaceId())).values()
                    .forEach(eni -> interfaces.putElasticIp(eni, null));
        }
        address.disassociate();
    }

    /** Puts the address on a NAT gateway's interface; it must be free. */
    public ElasticIp associateWithNatGateway(Scope scope, String allocationId, String natGatewayId, String networkInterfaceId, String privateIp) {
        ElasticIp address = find(scope, allocationId);
        if (address.isAssociated()) {
            throw new AwsException("Resource.AlreadyAssociated", "Elastic IP address [" + allocationId + "] is already associated");
        }
        address.associate(ids.ec2Id("eipassoc"), natGatewayId, networkInterfaceId, privateIp);
        return address;
    }

    /** A deleted NAT gateway gives its address back; the address stays allocated. */
    public void disassociateFrom(Scope scope, String allocationId) {
        addresses.findByAllocationIdAndAccountAndRegion(allocationId, scope.account(), scope.region()).ifPresent(ElasticIp::disassociate);
    }

    public boolean exists(Scope scope, String allocationId) {
        return addresses.findByAllocationIdAndAccountAndRegion(allocationId, scope.account(), scope.region()).isPresent();
    }

    private ElasticIp find(Scope scope, String allocationId) {
        if (allocationId == null || allocationId.isEmpty()) {
            throw Ec2Errors.missing("AllocationId");
        }
        Ec2Ids.requireWellFormed(allocationId, "eipalloc", "InvalidAllocationID");
        return addresses.findByAllocationIdAndAccountAndRegion(allocationId, scope.account(), scope.region())
                .orElseThrow(() -> new AwsException("InvalidAllocationID.NotFound", "The allocation ID '" + allocationId + "' does not exist"));
    }

    private ElasticIp byPublicIp(Scope scope, String publicIp) {
        if (publicIp == null) {
            throw Ec2Errors.missing("AllocationId");
        }
        return addresses.findByAccountAndRegionOrderByAllocationId(scope.account(), scope.region()).stream()
                .filter(a -> a.getPublicIp().equals(publicIp)).findFirst()
                .orElseThrow(() -> new AwsException("InvalidAddress.NotFound", "Address '" + publicIp + "' not found."));
    }
}
