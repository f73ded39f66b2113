package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.TransitGatewayRoute;
import software.amazon.awssdk.services.ec2.model.TransitGatewayVpcAttachment;

/** A hub-and-spoke network: two spoke VPCs attached to one transit gateway. */
class TransitGatewayWireTest extends NetsimIntegrationTest {

    private String spokeA;
    private String spokeB;
    private String subnetA1;
    private String subnetA2;
    private String subnetB;

    @BeforeEach
    void spokes() {
        spokeA = ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        spokeB = ec2().createVpc(r -> r.cidrBlock("10.2.0.0/16")).vpc().vpcId();
        subnetA1 = ec2().createSubnet(r -> r.vpcId(spokeA).cidrBlock("10.1.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        subnetA2 = ec2().createSubnet(r -> r.vpcId(spokeA).cidrBlock("10.1.2.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        subnetB = ec2().createSubnet(r -> r.vpcId(spokeB).cidrBlock("10.2.1.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
    }

    @Test
    void attachmentsAssociateAndPropagateIntoTheDefaultTable() {
        var gateway = ec2().createTransitGateway(r -> r.description("hub")).transitGateway();
        String tgw = gateway.transitGatewayId();
        assertThat(tgw).matches("tgw-[0-9a-f]{17}");
        assertThat(gateway.stateAsString()).isEqualTo("available");
        assertThat(gateway.transitGatewayArn()).isEqualTo("arn:aws:ec2:us-east-1:000000000000:transit-gateway/" + tgw);
        assertThat(gateway.options().amazonSideAsn()).isEqualTo(64512L);
        String defaultTable = gateway.options().associationDefaultRouteTableId();
        assertThat(defaultTable).matches("tgw-rtb-[0-9a-f]{17}").isEqualTo(gateway.options().propagationDefaultRouteTableId());

        TransitGatewayVpcAttachment a = ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeA).subnetIds(subnetA1))
                .transitGatewayVpcAttachment();
        TransitGatewayVpcAttachment b = ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeB).subnetIds(subnetB))
                .transitGatewayVpcAttachment();
        assertThat(a.transitGatewayAttachmentId()).matches("tgw-attach-[0-9a-f]{17}");
        assertThat(ec2().describeNetworkInterfaces(r -> r.filters(filter("vpc-id", spokeA))).networkInterfaces())
                .singleElement().satisfies(eni -> assertThat(eni.interfaceTypeAsString()).isEqualTo("transit_gateway"));

        assertThat(search(defaultTable, filter("type", "propagated"))).extracting(TransitGatewayRoute::destinationCidrBlock)
                .containsExactly("10.1.0.0/16", "10.2.0.0/16");
        assertThat(ec2().getTransitGatewayRouteTableAssociations(r -> r.transitGatewayRouteTableId(defaultTable)).associations())
                .extracting(x -> x.resourceId()).containsExactlyInAnyOrder(spokeA, spokeB);
        assertThat(ec2().describeTransitGatewayAttachments(r -> r.filters(filter("association.transit-gateway-route-table-id", defaultTable)))
                .transitGatewayAttachments()).hasSize(2);

        // spokes route to the hub; a VPC without an attachment cannot
        String rtbA = ec2().createRouteTable(r -> r.vpcId(spokeA)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(rtbA).destinationCidrBlock("10.0.0.0/8").transitGatewayId(tgw));
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("route.transit-gateway-id", tgw))).routeTables()).hasSize(1);
        String other = ec2().createVpc(r -> r.cidrBlock("10.3.0.0/16")).vpc().vpcId();
        String rtbOther = ec2().createRouteTable(r -> r.vpcId(other)).routeTable().routeTableId();
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(rtbOther).destinationCidrBlock("10.0.0.0/8").transitGatewayId(tgw)),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(rtbA).destinationCidrBlock("10.9.0.0/16")
                .transitGatewayId("tgw-0123456789abcdef0")), "InvalidTransitGatewayID.NotFound", 400);

        // dependencies: the gateway and the VPC stay while attachments exist
        assertAwsError(() -> ec2().deleteTransitGateway(r -> r.transitGatewayId(tgw)), "IncorrectState", 400);
        assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(spokeB)), "DependencyViolation", 400);
        assertAwsError(() -> ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeB).subnetIds(subnetB)),
                "DuplicateTransitGatewayAttachment", 400);

        // tear down: the attachment goes, its VPC route turns blackhole, then everything can go
        ec2().deleteTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(a.transitGatewayAttachmentId()));
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(rtbA)).routeTables().get(0).routes())
                .anySatisfy(rt -> assertThat(rt.stateAsString()).isEqualTo("blackhole"));
        assertThat(search(defaultTable, filter("type", "propagated"))).extracting(TransitGatewayRoute::destinationCidrBlock)
                .containsExactly("10.2.0.0/16");
        ec2().deleteTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(b.transitGatewayAttachmentId()));
        assertThat(ec2().describeNetworkInterfaces().networkInterfaces()).isEmpty();
        assertThat(ec2().deleteTransitGateway(r -> r.transitGatewayId(tgw)).transitGateway().stateAsString()).isEqualTo("deleting");
        assertAwsError(() -> ec2().describeTransitGatewayRouteTables(r -> r.transitGatewayRouteTableIds(defaultTable)),
                "InvalidRouteTableID.NotFound", 400);
        ec2().deleteSubnet(r -> r.subnetId(subnetB));
        ec2().deleteVpc(r -> r.vpcId(spokeB));
    }

    @Test
    void customTablesWithStaticAndBlackholeRoutes() {
        var gateway = ec2().createTransitGateway(r -> r.options(o -> o.defaultRouteTableAssociation("disable")
                .defaultRouteTablePropagation("disable").amazonSideAsn(64600L))).transitGateway();
        String tgw = gateway.transitGatewayId();
        assertThat(gateway.options().associationDefaultRouteTableId()).isNull();
        String attachmentA = ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeA).subnetIds(subnetA1))
                .transitGatewayVpcAttachment().transitGatewayAttachmentId();
        String attachmentB = ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeB).subnetIds(subnetB))
                .transitGatewayVpcAttachment().transitGatewayAttachmentId();
        String table = ec2().createTransitGatewayRouteTable(r -> r.transitGatewayId(tgw)).transitGatewayRouteTable().transitGatewayRouteTableId();

        ec2().associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachmentA));
        assertAwsError(() -> ec2().associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachmentA)),
                "Resource.AlreadyAssociated", 400);
        ec2().enableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachmentB));
        assertAwsError(() -> ec2().enableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(table)
                .transitGatewayAttachmentId(attachmentB)), "TransitGatewayRouteTablePropagation.Duplicate", 400);
        assertThat(ec2().getTransitGatewayRouteTablePropagations(r -> r.transitGatewayRouteTableId(table)).transitGatewayRouteTablePropagations())
                .extracting(p -> p.transitGatewayAttachmentId()).containsExactly(attachmentB);

        var route = ec2().createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock("0.0.0.0/0")
                .transitGatewayAttachmentId(attachmentA)).route();
        assertThat(route.typeAsString()).isEqualTo("static");
        assertThat(route.stateAsString()).isEqualTo("active");
        ec2().createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock("192.168.0.0/16").blackhole(true));
        assertAwsError(() -> ec2().createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock("0.0.0.0/0")
                .transitGatewayAttachmentId(attachmentB)), "RouteAlreadyExists", 400);
        assertAwsError(() -> ec2().createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock("172.16.0.0/12")
                .transitGatewayAttachmentId(attachmentB).blackhole(true)), "InvalidParameterCombination", 400);
        // a static route wins over the propagated route for the same CIDR
        ec2().createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock("10.2.0.0/16").blackhole(true));

        assertThat(search(table, filter("state", "blackhole"))).extracting(TransitGatewayRoute::destinationCidrBlock)
                .containsExactly("10.2.0.0/16", "192.168.0.0/16");
        assertThat(search(table, filter("route-search.longest-prefix-match", "10.2.3.4/32")))
                .extracting(TransitGatewayRoute::destinationCidrBlock).containsExactly("10.2.0.0/16");
        assertThat(search(table, filter("route-search.supernet-of-match", "10.2.3.0/24")))
                .extracting(TransitGatewayRoute::destinationCidrBlock).containsExactly("0.0.0.0/0", "10.2.0.0/16");
        assertThat(search(table, filter("route-search.subnet-of-match", "192.0.0.0/8")))
                .extracting(TransitGatewayRoute::destinationCidrBlock).containsExactly("192.168.0.0/16");
        assertAwsError(() -> ec2().searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(table)), "MissingParameter", 400);
        assertAwsError(() -> search(table, filter("colour", "red")), "InvalidParameterValue", 400);

        ec2().deleteTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock("10.2.0.0/16"));
        assertThat(search(table, filter("route-search.exact-match", "10.2.0.0/16"))).singleElement()
                .satisfies(r -> assertThat(r.typeAsString()).isEqualTo("propagated"));
        ec2().replaceTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock("0.0.0.0/0").blackhole(true));
        assertAwsError(() -> ec2().deleteTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table).destinationCidrBlock("10.9.0.0/16")),
                "InvalidRoute.NotFound", 400);

        assertAwsError(() -> ec2().deleteTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table)), "IncorrectState", 400);
        ec2().disassociateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachmentA));
        ec2().disableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(attachmentB));
        assertThat(ec2().deleteTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(table)).transitGatewayRouteTable().stateAsString())
                .isEqualTo("deleting");
    }

    @Test
    void attachmentSubnetsAreOnePerZoneAndChangeable() {
        String tgw = ec2().createTransitGateway(r -> r.description("hub")).transitGateway().transitGatewayId();
        assertAwsError(() -> ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeA).subnetIds(subnetA1, subnetA2)),
                "DuplicateSubnetsInSameZone", 400);
        assertAwsError(() -> ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeA).subnetIds(subnetB)),
                "InvalidParameterValue", 400);
        assertThat(ec2().describeTransitGatewayVpcAttachments().transitGatewayVpcAttachments()).isEmpty();
        assertThat(ec2().describeNetworkInterfaces().networkInterfaces()).isEmpty();

        String attachment = ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeA).subnetIds(subnetA1))
                .transitGatewayVpcAttachment().transitGatewayAttachmentId();
        var modified = ec2().modifyTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(attachment).addSubnetIds(subnetA2)
                .removeSubnetIds(subnetA1)).transitGatewayVpcAttachment();
        assertThat(modified.subnetIds()).containsExactly(subnetA2);
        assertThat(ec2().describeTransitGatewayVpcAttachments(r -> r.filters(filter("vpc-id", spokeA))).transitGatewayVpcAttachments())
                .singleElement().satisfies(x -> assertThat(x.subnetIds()).containsExactly(subnetA2));
        ec2().deleteSubnet(r -> r.subnetId(subnetA1));
        assertAwsError(() -> ec2().deleteSubnet(r -> r.subnetId(subnetA2)), "DependencyViolation", 400);
        assertThat(ec2().describeTransitGateways(r -> r.filters(filter("options.amazon-side-asn", "64512"))).transitGateways()).hasSize(1);
        assertAwsError(() -> ec2().describeTransitGateways(r -> r.transitGatewayIds("tgw-0123456789abcdef0")), "InvalidTransitGatewayID.NotFound", 400);
    }

    /**
     * ModifyTransitGateway changes the description and options; the default tables must be the
     * gateway's own, a default switched off loses its table, the ASN changes only with nothing attached.
     */
    @Test
    void aTransitGatewayIsModified() {
        var gateway = ec2().createTransitGateway(r -> r.description("hub").options(o -> o.defaultRouteTableAssociation("disable")
                .defaultRouteTablePropagation("disable"))).transitGateway();
        String tgw = gateway.transitGatewayId();
        assertThat(gateway.options().associationDefaultRouteTableId()).isNull();
        String table = ec2().createTransitGatewayRouteTable(r -> r.transitGatewayId(tgw)).transitGatewayRouteTable().transitGatewayRouteTableId();
        String other = ec2().createTransitGatewayRouteTable(r -> r.transitGatewayId(ec2().createTransitGateway(g -> { }).transitGateway()
                .transitGatewayId())).transitGatewayRouteTable().transitGatewayRouteTableId();

        var modified = ec2().modifyTransitGateway(r -> r.transitGatewayId(tgw).description("core hub").options(o -> o.dnsSupport("disable")
                .vpnEcmpSupport("disable").autoAcceptSharedAttachments("enable").defaultRouteTableAssociation("enable")
                .associationDefaultRouteTableId(table).amazonSideAsn(64600L))).transitGateway();
        assertThat(modified.description()).isEqualTo("core hub");
        assertThat(modified.options().dnsSupportAsString()).isEqualTo("disable");
        assertThat(modified.options().vpnEcmpSupportAsString()).isEqualTo("disable");
        assertThat(modified.options().autoAcceptSharedAttachmentsAsString()).isEqualTo("enable");
        assertThat(modified.options().associationDefaultRouteTableId()).isEqualTo(table);
        assertThat(modified.options().defaultRouteTablePropagationAsString()).isEqualTo("disable");
        assertThat(modified.options().amazonSideAsn()).isEqualTo(64600L);
        assertThat(ec2().describeTransitGateways(r -> r.transitGatewayIds(tgw)).transitGateways().get(0).description()).isEqualTo("core hub");

        // a new attachment is associated with the new default table
        String attachment = ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(spokeA).subnetIds(subnetA1))
                .transitGatewayVpcAttachment().transitGatewayAttachmentId();
        assertThat(ec2().getTransitGatewayRouteTableAssociations(r -> r.transitGatewayRouteTableId(table)).associations())
                .singleElement().satisfies(a -> assertThat(a.transitGatewayAttachmentId()).isEqualTo(attachment));

        assertAwsError(() -> ec2().modifyTransitGateway(r -> r.transitGatewayId(tgw).options(o -> o.amazonSideAsn(64700L))), "IncorrectState", 400);
        assertAwsError(() -> ec2().modifyTransitGateway(r -> r.transitGatewayId(tgw).options(o -> o.propagationDefaultRouteTableId(other))),
                "InvalidRouteTableID.NotFound", 400);
        assertAwsError(() -> ec2().modifyTransitGateway(r -> r.transitGatewayId(tgw).options(o -> o.addTransitGatewayCidrBlocks("10.99.0.0/24"))),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().modifyTransitGateway(r -> r.transitGatewayId(tgw).options(o -> o.dnsSupport("maybe"))),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().modifyTransitGateway(r -> r.transitGatewayId("tgw-0123456789abcdef0").description("x")),
                "InvalidTransitGatewayID.NotFound", 400);
        var off = ec2().modifyTransitGateway(r -> r.transitGatewayId(tgw).options(o -> o.defaultRouteTableAssociation("disable"))).transitGateway();
        assertThat(off.options().associationDefaultRouteTableId()).isNull();
    }

    private List<TransitGatewayRoute> search(String table, Filter... filters) {
        return ec2().searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(table).filters(filters)).routes();
    }
}
