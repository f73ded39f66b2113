package dev.netsim.ec2.transit;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.eni.ServiceInterface;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreateTransitGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateTransitGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateTransitGatewayVpcAttachmentRequest;
import software.amazon.awssdk.services.ec2.model.CreateTransitGatewayVpcAttachmentResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTransitGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTransitGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTransitGatewayVpcAttachmentRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTransitGatewayVpcAttachmentResponse;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewayAttachmentsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewayAttachmentsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewayVpcAttachmentsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewayVpcAttachmentsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.ModifyTransitGatewayVpcAttachmentRequest;
import software.amazon.awssdk.services.ec2.model.ModifyTransitGatewayVpcAttachmentResponse;
import software.amazon.awssdk.services.ec2.model.TransitGatewayAttachmentAssociation;
import software.amazon.awssdk.services.ec2.model.ModifyTransitGatewayOptions;
import software.amazon.awssdk.services.ec2.model.ModifyTransitGatewayRequest;
import software.amazon.awssdk.services.ec2.model.ModifyTransitGatewayResponse;
import software.amazon.awssdk.services.ec2.model.TransitGatewayRequestOptions;
import software.amazon.awssdk.services.ec2.model.TransitGatewayVpcAttachmentOptions;

/** EC2 wire handlers for transit gateways and their VPC attachments. */
@Component
class TransitGatewayActions {

    private final TransitGatewayService gateways;

    TransitGatewayActions(TransitGatewayService gateways) {
        this.gateways = gateways;
    }

    @AwsAction(WireService.EC2)
    CreateTransitGatewayResponse createTransitGateway(CreateTransitGatewayRequest r, Scope scope) {
        Tagged<TransitGatewayView> gateway = gateways.create(scope, r.description(), options(r.options()),
                Ec2Wire.tagsFor(r.tagSpecifications(), "transit-gateway"));
        return CreateTransitGatewayResponse.builder().transitGateway(toSdk(gateway)).build();
    }

    @AwsAction(WireService.EC2)
    ModifyTransitGatewayResponse modifyTransitGateway(ModifyTransitGatewayRequest r, Scope scope) {
        ModifyTransitGatewayOptions o = r.options();
        TransitGatewayChange change = o == null ? new TransitGatewayChange(null, null, null, null, null, null, null, null) : change(o);
        return ModifyTransitGatewayResponse.builder().transitGateway(toSdk(gateways.modify(scope, r.transitGatewayId(), r.description(), change)))
                .build();
    }

    private static TransitGatewayChange change(ModifyTransitGatewayOptions o) {
        if (!o.addTransitGatewayCidrBlocks().isEmpty() || !o.removeTransitGatewayCidrBlocks().isEmpty()) {
            throw Ec2Errors.invalidValue("Options", "TransitGatewayCidrBlocks", "Netsim does not support transit gateway CIDR blocks.");
        }
        if ("enable".equals(o.securityGroupReferencingSupportAsString())) {
            throw Ec2Errors.invalidValue("Options", "SecurityGroupReferencingSupport", "Netsim does not support security group referencing "
                    + "across a transit gateway.");
        }
        return new TransitGatewayChange(o.amazonSideAsn(), maybe(o.autoAcceptSharedAttachmentsAsString()),
                maybe(o.defaultRouteTableAssociationAsString()), o.associationDefaultRouteTableId(), maybe(o.defaultRouteTablePropagationAsString()),
                o.propagationDefaultRouteTableId(), maybe(o.vpnEcmpSupportAsString()), maybe(o.dnsSupportAsString()));
    }

    /** enable or disable when given, null when not. */
    private static Boolean maybe(String value) {
        return value == null ? null : on(value, false);
    }

    @AwsAction(WireService.EC2)
    DeleteTransitGatewayResponse deleteTransitGateway(DeleteTransitGatewayRequest r, Scope scope) {
        return DeleteTransitGatewayResponse.builder().transitGateway(toSdk(gateways.delete(scope, r.transitGatewayId()))).build();
    }

    @AwsAction(WireService.EC2)
    DescribeTransitGatewaysResponse describeTransitGateways(DescribeTransitGatewaysRequest r, Scope scope) {
        Page<Tagged<TransitGatewayView>> page = gateways.describe(scope,
                Ec2Wire.query(r.transitGatewayIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribeTransitGatewaysResponse.builder().transitGateways(page.items().stream().map(TransitGatewayActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    CreateTransitGatewayVpcAttachmentResponse createTransitGatewayVpcAttachment(CreateTransitGatewayVpcAttachmentRequest r, Scope scope) {
        var options = r.options();
        boolean ipv6 = options != null && "enable".equals(options.ipv6SupportAsString());
        boolean dns = options == null || !"disable".equals(options.dnsSupportAsString());
        boolean appliance = options != null && "enable".equals(options.applianceModeSupportAsString());
        Tagged<AttachmentView> attachment = gateways.attachVpc(scope, new TransitGatewayService.AttachmentSpec(r.transitGatewayId(), r.vpcId(),
                r.subnetIds(), dns, ipv6, appliance, Ec2Wire.tagsFor(r.tagSpecifications(), "transit-gateway-attachment")));
        return CreateTransitGatewayVpcAttachmentResponse.builder().transitGatewayVpcAttachment(vpcAttachment(attachment)).build();
    }

    @AwsAction(WireService.EC2)
    ModifyTransitGatewayVpcAttachmentResponse modifyTransitGatewayVpcAttachment(ModifyTransitGatewayVpcAttachmentRequest r, Scope scope) {
        if (r.options() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support changing the options of a VPC attachment yet.");
        }
        return ModifyTransitGatewayVpcAttachmentResponse.builder().transitGatewayVpcAttachment(vpcAttachment(
                gateways.modifyVpcAttachment(scope, r.transitGatewayAttachmentId(), r.addSubnetIds(), r.removeSubnetIds()))).build();
    }

    @AwsAction(WireService.EC2)
    DeleteTransitGatewayVpcAttachmentResponse deleteTransitGatewayVpcAttachment(DeleteTransitGatewayVpcAttachmentRequest r, Scope scope) {
        return DeleteTransitGatewayVpcAttachmentResponse.builder()
                .transitGatewayVpcAttachment(vpcAttachment(gateways.deleteVpcAttachment(scope, r.transitGatewayAttachmentId()))).build();
    }

    @AwsAction(WireService.EC2)
    DescribeTransitGatewayVpcAttachmentsResponse describeTransitGatewayVpcAttachments(DescribeTransitGatewayVpcAttachmentsRequest r, Scope scope) {
        Page<Tagged<AttachmentView>> page = gateways.describeAttachments(scope,
                Ec2Wire.query(r.transitGatewayAttachmentIds(), r.filters(), r.maxResults(), r.nextToken()), true);
        return DescribeTransitGatewayVpcAttachmentsResponse.builder()
                .transitGatewayVpcAttachments(page.items().stream().map(TransitGatewayActions::vpcAttachment).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    DescribeTransitGatewayAttachmentsResponse describeTransitGatewayAttachments(DescribeTransitGatewayAttachmentsRequest r, Scope scope) {
        Page<Tagged<AttachmentView>> page = gateways.describeAttachments(scope,
                Ec2Wire.query(r.transitGatewayAttachmentIds(), r.filters(), r.maxResults(), r.nextToken()), false);
        return DescribeTransitGatewayAttachmentsResponse.builder().transitGatewayAttachments(page.items().stream().map(t -> {
            TransitGatewayAttachment a = t.resource().attachment();
            return software.amazon.awssdk.services.ec2.model.TransitGatewayAttachment.builder()
                    .transitGatewayAttachmentId(a.getId()).transitGatewayId(a.getTransitGatewayId()).transitGatewayOwnerId(a.getAccount())
                    .resourceOwnerId(a.getAccount()).resourceType(a.resourceType()).resourceId(a.resourceId()).state(t.resource().state())
                    .association(a.getRouteTableId() == null ? null : TransitGatewayAttachmentAssociation.builder()
                            .transitGatewayRouteTableId(a.getRouteTableId()).state("associated").build())
                    .creationTime(a.getCreatedAt()).tags(Ec2Wire.tags(t.tags())).build();
        }).toList()).nextToken(page.nextToken()).build();
    }

    /** AWS's defaults: private ASN 64512, default table association and propagation, DNS and VPN ECMP on. */
    private static TransitGatewayOptions options(TransitGatewayRequestOptions o) {
        if (o == null) {
            return new TransitGatewayOptions(64512, false, true, true, true, true, false);
        }
        if (!o.transitGatewayCidrBlocks().isEmpty() || "enable".equals(o.multicastSupportAsString())) {
            throw Ec2Errors.invalidValue("Options", "TransitGatewayCidrBlocks/MulticastSupport",
                    "Netsim does not support transit gateway CIDR blocks or multicast.");
        }
        return new TransitGatewayOptions(o.amazonSideAsn() == null ? 64512 : o.amazonSideAsn(), on(o.autoAcceptSharedAttachmentsAsString(), false),
                on(o.defaultRouteTableAssociationAsString(), true), on(o.defaultRouteTablePropagationAsString(), true),
                on(o.vpnEcmpSupportAsString(), true), on(o.dnsSupportAsString(), true), false);
    }

    private static boolean on(String value, boolean byDefault) {
        if (value == null) {
            return byDefault;
        }
        if (!value.equals("enable") && !value.equals("disable")) {
            throw Ec2Errors.invalidValue("Options", value, "Valid values are enable and disable.");
        }
        return value.equals("enable");
    }

    static software.amazon.awssdk.services.ec2.model.TransitGateway toSdk(Tagged<TransitGatewayView> tagged) {
        TransitGateway g = tagged.resource().gateway();
        return software.amazon.awssdk.services.ec2.model.TransitGateway.builder()
                .transitGatewayId(g.getId()).transitGatewayArn(g.arn()).state(tagged.resource().state()).ownerId(g.getAccount())
                .description(g.getDescription()).creationTime(g.getCreatedAt())
                .options(software.amazon.awssdk.services.ec2.model.TransitGatewayOptions.builder()
                        .amazonSideAsn(g.getAmazonSideAsn())
                        .autoAcceptSharedAttachments(TransitGatewayService.enable(g.isAutoAcceptSharedAttachments()))
                        .defaultRouteTableAssociation(TransitGatewayService.enable(g.isDefaultRouteTableAssociation()))
                        .associationDefaultRouteTableId(g.getAssociationDefaultRouteTableId())
                        .defaultRouteTablePropagation(TransitGatewayService.enable(g.isDefaultRouteTablePropagation()))
                        .propagationDefaultRouteTableId(g.getPropagationDefaultRouteTableId())
                        .vpnEcmpSupport(TransitGatewayService.enable(g.isVpnEcmpSupport()))
                        .dnsSupport(TransitGatewayService.enable(g.isDnsSupport()))
                        .securityGroupReferencingSupport("disable")
                        .multicastSupport(TransitGatewayService.enable(g.isMulticastSupport())).build())
                .tags(Ec2Wire.tags(tagged.tags())).build();
    }

    static software.amazon.awssdk.services.ec2.model.TransitGatewayVpcAttachment vpcAttachment(Tagged<AttachmentView> tagged) {
        TransitGatewayAttachment a = tagged.resource().attachment();
        return software.amazon.awssdk.services.ec2.model.TransitGatewayVpcAttachment.builder()
                .transitGatewayAttachmentId(a.getId()).transitGatewayId(a.getTransitGatewayId()).vpcId(a.getVpcId()).vpcOwnerId(a.getAccount())
                .state(tagged.resource().state()).subnetIds(a.getSubnets().stream().map(ServiceInterface::getSubnetId).toList())
                .creationTime(a.getCreatedAt())
                .options(TransitGatewayVpcAttachmentOptions.builder().dnsSupport(TransitGatewayService.enable(a.isDnsSupport()))
                        .ipv6Support(TransitGatewayService.enable(a.isIpv6Support()))
                        .applianceModeSupport(TransitGatewayService.enable(a.isApplianceMode()))
                        .securityGroupReferencingSupport("disable").build())
                .tags(Ec2Wire.tags(tagged.tags())).build();
    }
}
