package dev.netsim.ec2.transit;

import java.time.Clock;
import java.time.Instant;
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
import dev.netsim.ec2.ResourceLifecycle;
import dev.netsim.ec2.eni.ServiceInterface;
import dev.netsim.ec2.eni.ServiceInterfaces;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.VpcLookup;

/**
 * Transit gateways and their VPC attachments. A new gateway gets a default route table when it
 * associates or propagates by default; a new attachment is associated with and propagates into
 * the gateway's default tables.
 */
@Service
@Transactional
public class TransitGatewayService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("tgw", "InvalidTransitGatewayID", "InvalidTransitGatewayID.NotFound",
            "transit gateway", 5, 1000);
    static final DescribeQuery.Kind ATTACHMENT_KIND = new DescribeQuery.Kind("tgw-attach", "InvalidTransitGatewayAttachmentID",
            "InvalidTransitGatewayAttachmentID.NotFound", "transit gateway attachment", 5, 1000);
    static final int GATEWAYS_PER_REGION = 5;

    private static final FilterSpec<Tagged<TransitGatewayView>> FILTERS = FilterSpec.<Tagged<TransitGatewayView>>builder(Tagged::tags)
            .on("transit-gateway-id", t -> t.resource().gateway().getId())
            .on("owner-id", t -> t.resource().gateway().getAccount())
            .on("state", t -> t.resource().state())
            .on("options.amazon-side-asn", t -> t.resource().gateway().getAmazonSideAsn())
            .on("options.association-default-route-table-id", t -> t.resource().gateway().getAssociationDefaultRouteTableId())
            .on("options.propagation-default-route-table-id", t -> t.resource().gateway().getPropagationDefaultRouteTableId())
            .on("options.auto-accept-shared-attachments", t -> enable(t.resource().gateway().isAutoAcceptSharedAttachments()))
            .on("options.default-route-table-association", t -> enable(t.resource().gateway().isDefaultRouteTableAssociation()))
            .on("options.default-route-table-propagation", t -> enable(t.resource().gateway().isDefaultRouteTablePropagation()))
            .on("options.dns-support", t -> enable(t.resource().gateway().isDnsSupport()))
            .on("options.vpn-ecmp-support", t -> enable(t.resource().gateway().isVpnEcmpSupport()))
            .build();

    static final FilterSpec<Tagged<AttachmentView>> VPC_ATTACHMENT_FILTERS = FilterSpec.<Tagged<AttachmentView>>builder(Tagged::tags)
            .on("transit-gateway-attachment-id", t -> t.resource().attachment().getId())
            .on("transit-gateway-id", t -> t.resource().attachment().getTransitGatewayId())
            .on("vpc-id", t -> t.resource().attachment().getVpcId())
            .on("state", t -> t.resource().state())
            .build();

    static final FilterSpec<Tagged<AttachmentView>> ATTACHMENT_FILTERS = FilterSpec.<Tagged<AttachmentView>>builder(Tagged::tags)
            .on("transit-gateway-attachment-id", t -> t.resource().attachment().getId())
            .on("transit-gateway-id", t -> t.resource().attachment().getTransitGatewayId())
            .on("transit-gateway-owner-id", t -> t.resource().attachment().getAccount())
            .on("resource-id", t -> t.resource().attachment().resourceId())
            .on("resource-owner-id", t -> t.resource().attachment().getAccount())
            .on("resource-type", t -> t.resource().attachment().resourceType())
            .on("state", t -> t.resource().state())
            .on("association.transit-gateway-route-table-id", t -> t.resource().attachment().getRouteTableId())
            .on("association.state", t -> t.resource().attachment().getRouteTableId() == null ? null : "associated")
            .build();

    /** What CreateTransitGatewayVpcAttachment takes. */
    public record AttachmentSpec(String transitGatewayId, String vpcId, List<String> subnetIds, boolean dnsSupport, boolean ipv6Support,
                                 boolean applianceMode, Map<String, String> tags) {
    }

    private final TransitGatewayRepository gateways;
    private final TransitGatewayAttachmentRepository attachments;
    private final TransitGatewayRouteTableRepository routeTables;
    private final VpcLookup vpcs;
    private final ServiceInterfaces serviceInterfaces;
    private final TagService tags;
    private final IdGenerator ids;
    private final ResourceLifecycle lifecycle;
    private final Clock clock;
    private final RegionQuotaLock quotaLock;

    public TransitGatewayService(TransitGatewayRepository gateways, TransitGatewayAttachmentRepository attachments,
                                 TransitGatewayRouteTableRepository routeTables, VpcLookup vpcs,
                                 ServiceInterfaces serviceInterfaces, TagService tags, IdGenerator ids, ResourceLifecycle lifecycle, Clock clock, RegionQuotaLock quotaLock) {
        this.gateways = gateways;
        this.attachments = attachments;
        this.routeTables = routeTables;
        this.vpcs = vpcs;
        this.serviceInterfaces = serviceInterfaces;
        this.tags = tags;
        this.ids = ids;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }

    static String enable(boolean on) {
        return on ? "enable" : "disable";
    }

    // ---- gateways

    public Tagged<TransitGatewayView> create(Scope scope, String description, TransitGatewayOptions options, Map<String, String> newTags) {
        long asn = options.amazonSideAsn();
        if (!Asns.isPrivate(asn)) {
            throw Ec2Errors.invalidValue("AmazonSideAsn", String.valueOf(asn), "The ASN must be in 64512-65534 or 4200000000-4294967294.");
        }
        quotaLock.hold(scope);
        if (gateways.countByAccountAndRegion(scope.account(), scope.region()) >= GATEWAYS_PER_REGION) {
            throw new AwsException("TransitGatewayLimitExceeded", "The maximum number of transit gateways (" + GATEWAYS_PER_REGION
                    + ") has been reached.");
        }
        TransitGateway gateway = gateways.save(new TransitGateway(ids.ec2Id("tgw"), scope.account(), scope.region(), description, options,
                clock.instant()));
        if (options.defaultRouteTableAssociation() || options.defaultRouteTablePropagation()) {
            gateway.useDefaultRouteTable(newDefaultTable(scope, gateway.getId()));
        }
        tags.tagNew(scope, gateway.getId(), "transit-gateway", newTags);
        return tagged(gateway);
    }

    /**
     * ModifyTransitGateway: the description and options. The default association and propagation
     * tables must be the gateway's own; turning either default on without naming one uses the table
     * the other default uses, or a new default table, as CreateTransitGateway makes. The Amazon side
     * ASN changes only while nothing is attached.
     */
    public Tagged<TransitGatewayView> modify(Scope scope, String gatewayId, String description, TransitGatewayChange change) {
        TransitGateway gateway = find(scope, gatewayId);
        if (change.amazonSideAsn() != null) {
            if (!Asns.isPrivate(change.amazonSideAsn())) {
                throw Ec2Errors.invalidValue("AmazonSideAsn", String.valueOf(change.amazonSideAsn()),
                        "The ASN must be in 64512-65534 or 4200000000-4294967294.");
            }
            if (!attachments.findByTransitGatewayIdOrderById(gatewayId).isEmpty()) {
                throw new AwsException("IncorrectState", "The Amazon side ASN of transit gateway " + gatewayId + " can be changed only while it "
                        + "has no attachments.");
            }
        }
        ownTable(gatewayId, change.associationDefaultRouteTableId());
        ownTable(gatewayId, change.propagationDefaultRouteTableId());
        String association = change.associationDefaultRouteTableId();
        String propagation = change.propagationDefaultRouteTableId();
        boolean associationOn = change.defaultRouteTableAssociation() != null ? change.defaultRouteTableAssociation()
                : gateway.isDefaultRouteTableAssociation();
        boolean propagationOn = change.defaultRouteTablePropagation() != null ? change.defaultRouteTablePropagation()
                : gateway.isDefaultRouteTablePropagation();
        if (associationOn && association == null && gateway.getAssociationDefaultRouteTableId() == null) {
            association = propagation != null ? propagation : gateway.getPropagationDefaultRouteTableId() != null
                    ? gateway.getPropagationDefaultRouteTableId() : newDefaultTable(scope, gatewayId);
        }
        if (propagationOn && propagation == null && gateway.getPropagationDefaultRouteTableId() == null) {
            propagation = association != null ? association : gateway.getAssociationDefaultRouteTableId();
        }
        gateway.modify(description, new TransitGatewayChange(change.amazonSideAsn(), change.autoAcceptSharedAttachments(),
                change.defaultRouteTableAssociation(), association, change.defaultRouteTablePropagation(), propagation, change.vpnEcmpSupport(),
                change.dnsSupport()));
        return tagged(gateway);
    }

    private void ownTable(String gatewayId, String routeTableId) {
        if (routeTableId != null) {
            TransitGatewayRoutingService.KIND.require("RouteTableId", routeTableId, id -> routeTables.findById(id)
                    .filter(t -> t.getTransitGatewayId().equals(gatewayId)));
        }
    }

    private String newDefaultTable(Scope scope, String gatewayId) {
        return routeTables.save(new TransitGatewayRouteTable(ids.ec2Id("tgw-rtb"), scope.account(), scope.region(), gatewayId, clock.instant()))
                .getId();
    }

    /** DeleteTransitGateway: only without attachments; its route tables go with it. */
    public Tagged<TransitGatewayView> delete(Scope scope, String gatewayId) {
        TransitGateway gateway = find(scope, gatewayId);
        List<String> attached = attachments.findByTransitGatewayIdOrderById(gatewayId).stream().map(TransitGatewayAttachment::getId).toList();
        if (!attached.isEmpty()) {
            throw new AwsException("IncorrectState", "The transit gateway " + gatewayId + " has attachments that are not deleted: "
                    + String.join(", ", attached) + ".");
        }
        Tagged<TransitGatewayView> gone = new Tagged<>(new TransitGatewayView(gateway, "deleting"), tags.tagsOf(gatewayId));
        routeTables.findByTransitGatewayIdOrderById(gatewayId).forEach(t -> {
            tags.forget(t.getId());
            routeTables.delete(t);
        });
        tags.forget(gatewayId);
        gateways.delete(gateway);
        return gone;
    }

    @Transactional(readOnly = true)
    public Page<Tagged<TransitGatewayView>> describe(Scope scope, DescribeQuery query) {
        return query.apply(KIND, gateways.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream().map(this::tagged).toList(),
                v -> v.gateway().getId(), FILTERS);
    }

    // ---- VPC attachments

    public Tagged<AttachmentView> attachVpc(Scope scope, AttachmentSpec spec) {
        TransitGateway gateway = find(scope, spec.transitGatewayId());
        vpcs.lock(scope, spec.vpcId());
        if (spec.subnetIds().isEmpty()) {
            throw Ec2Errors.missing("SubnetIds");
        }
        if (attachments.findByVpcId(spec.vpcId()).stream().anyMatch(a -> a.getTransitGatewayId().equals(gateway.getId()))) {
            throw new AwsException("DuplicateTransitGatewayAttachment", gateway.getId() + " has non-deleted Transit Gateway Attachments with "
                    + "same VPC ID.");
        }
        TransitGatewayAttachment attachment = attachments.save(new TransitGatewayAttachment(ids.ec2Id("tgw-attach"), scope.account(),
                scope.region(), gateway.getId(), spec.vpcId(), spec.dnsSupport(), spec.ipv6Support(), spec.applianceMode(), clock.instant()));
        addSubnets(scope, attachment, spec.subnetIds());
        useDefaultTables(gateway, attachment);
        tags.tagNew(scope, attachment.getId(), "transit-gateway-attachment", spec.tags());
        return taggedAttachment(attachment);
    }

    /** ModifyTransitGatewayVpcAttachment: subnets in and out, one per zone, at least one left. */
    public Tagged<AttachmentView> modifyVpcAttachment(Scope scope, String attachmentId, List<String> add, List<String> remove) {
        TransitGatewayAttachment attachment = findVpcAttachment(scope, attachmentId);
        vpcs.lock(scope, attachment.getVpcId());
        for (String subnetId : remove) {
            ServiceInterface gone = attachment.getSubnets().stream().filter(s -> s.getSubnetId().equals(subnetId)).findFirst()
                    .orElseThrow(() -> new AwsException("InvalidParameterValue", "Subnet " + subnetId + " is not a subnet of " + attachmentId + "."));
            serviceInterfaces.remove(gone);
            attachment.getSubnets().remove(gone);
        }
        addSubnets(scope, attachment, add);
        if (attachment.getSubnets().isEmpty()) {
            throw new AwsException("InvalidParameterValue", "A VPC attachment needs at least one subnet.");
        }
        return taggedAttachment(attachment);
    }

    /** DeleteTransitGatewayVpcAttachment: its interfaces, association and propagations go; static routes to it turn blackhole. */
    public Tagged<AttachmentView> deleteVpcAttachment(Scope scope, String attachmentId) {
        TransitGatewayAttachment attachment = findVpcAttachment(scope, attachmentId);
        Tagged<AttachmentView> gone = new Tagged<>(new AttachmentView(attachment, "deleting"), tags.tagsOf(attachmentId));
        attachment.getSubnets().forEach(serviceInterfaces::remove);
        detach(attachment);
        return gone;
    }

    /** A VPN connection ending on the gateway gets an attachment, associated and propagating like a VPC's by default. */
    public String attachVpn(Scope scope, String gatewayId, String vpnConnectionId) {
        TransitGateway gateway = find(scope, gatewayId);
        TransitGatewayAttachment attachment = attachments.save(TransitGatewayAttachment.forVpn(ids.ec2Id("tgw-attach"), scope.account(),
                scope.region(), gateway.getId(), vpnConnectionId, clock.instant()));
        useDefaultTables(gateway, attachment);
        return attachment.getId();
    }

    /** The VPN connection is deleted: its attachment goes; static routes to it turn blackhole. */
    public void detachVpn(String attachmentId) {
        attachments.findById(attachmentId).ifPresent(this::detach);
    }

    /** The transit gateway's ASN, which the VPN connections ending on it use. */
    @Transactional(readOnly = true)
    public long asnOf(Scope scope, String gatewayId) {
        return find(scope, gatewayId).getAmazonSideAsn();
    }

    private void useDefaultTables(TransitGateway gateway, TransitGatewayAttachment attachment) {
        if (gateway.getAssociationDefaultRouteTableId() != null) {
            attachment.associateWith(gateway.getAssociationDefaultRouteTableId());
        }
        if (gateway.getPropagationDefaultRouteTableId() != null) {
            routeTables.findById(gateway.getPropagationDefaultRouteTableId()).orElseThrow().getPropagatingAttachmentIds().add(attachment.getId());
        }
    }

    private void detach(TransitGatewayAttachment attachment) {
        routeTables.findByTransitGatewayIdOrderById(attachment.getTransitGatewayId())
                .forEach(t -> t.getPropagatingAttachmentIds().remove(attachment.getId()));
        tags.forget(attachment.getId());
        attachments.delete(attachment);
    }

    /** DescribeTransitGatewayAttachments (all kinds) or, with {@code vpcOnly}, DescribeTransitGatewayVpcAttachments. */
    @Transactional(readOnly = true)
    public Page<Tagged<AttachmentView>> describeAttachments(Scope scope, DescribeQuery query, boolean vpcOnly) {
        return query.apply(ATTACHMENT_KIND, attachments.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(a -> !vpcOnly || a.isVpc()).map(this::taggedAttachment).toList(), v -> v.attachment().getId(),
                vpcOnly ? VPC_ATTACHMENT_FILTERS : ATTACHMENT_FILTERS);
    }

    /** Attachments of the VPC: each keeps it from being deleted. */
    @Transactional(readOnly = true)
    public List<String> attachmentsOf(String vpcId) {
        return attachments.findByVpcId(vpcId).stream().map(TransitGatewayAttachment::getId).toList();
    }

    /** Whether the gateway exists, and whether it has an attachment in the VPC (what routes to it need). */
    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String gatewayId) {
        return gateways.findByIdAndAccountAndRegion(gatewayId, scope.account(), scope.region()).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean attachedTo(String gatewayId, String vpcId) {
        return attachments.findByVpcId(vpcId).stream().anyMatch(a -> a.getTransitGatewayId().equals(gatewayId));
    }

    public boolean attachmentExists(Scope scope, String attachmentId) {
        return attachments.findByIdAndAccountAndRegion(attachmentId, scope.account(), scope.region()).isPresent();
    }

    TransitGateway find(Scope scope, String gatewayId) {
        return KIND.require("TransitGatewayId", gatewayId, id -> gateways.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    private TransitGatewayAttachment findVpcAttachment(Scope scope, String attachmentId) {
        TransitGatewayAttachment attachment = findAttachment(scope, attachmentId);
        if (!attachment.isVpc()) {
            throw new AwsException("InvalidParameterValue", attachmentId + " attaches VPN connection " + attachment.resourceId()
                    + ", not a VPC; it goes with its VPN connection.");
        }
        return attachment;
    }

    TransitGatewayAttachment findAttachment(Scope scope, String attachmentId) {
        return ATTACHMENT_KIND.require("TransitGatewayAttachmentId", attachmentId, id -> attachments.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    private void addSubnets(Scope scope, TransitGatewayAttachment attachment, List<String> subnetIds) {
        attachment.getSubnets().addAll(serviceInterfaces.place(scope, new ServiceInterfaces.Owner(attachment.getVpcId(), "transit_gateway",
                "Network Interface for Transit Gateway Attachment " + attachment.getId(), List.of()), attachment.getSubnets(), subnetIds));
    }

    String stateOf(Instant createdAt) {
        return lifecycle.state(createdAt, null);
    }

    private Tagged<TransitGatewayView> tagged(TransitGateway gateway) {
        return new Tagged<>(new TransitGatewayView(gateway, stateOf(gateway.getCreatedAt())), tags.tagsOf(gateway.getId()));
    }

    Tagged<AttachmentView> taggedAttachment(TransitGatewayAttachment attachment) {
        return new Tagged<>(new AttachmentView(attachment, stateOf(attachment.getCreatedAt())), tags.tagsOf(attachment.getId()));
    }

}
