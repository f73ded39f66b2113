package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;

class RouteTableWireTest extends NetsimIntegrationTest {

    private String vpcId;
    private String igwId;
    private String subnetId;

    @BeforeEach
    void network() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        igwId = ec2().createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(igwId).vpcId(vpcId));
        subnetId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24")).subnet().subnetId();
    }

    private RouteTable table(String id) {
        return ec2().describeRouteTables(r -> r.routeTableIds(id)).routeTables().get(0);
    }

    private Route route(String tableId, String destination) {
        return table(tableId).routes().stream().filter(r -> destination.equals(r.destinationCidrBlock())).findFirst().orElseThrow();
    }

    @Test
    void aPublicRouteTable() {
        RouteTable created = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable();
        assertThat(created.routeTableId()).matches("rtb-[0-9a-f]{17}");
        assertThat(created.associations()).isEmpty();
        assertThat(created.routes()).singleElement().satisfies(r -> assertThat(r.gatewayId()).isEqualTo("local"));
        String tableId = created.routeTableId();

        ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").gatewayId(igwId));
        assertThat(route(tableId, "0.0.0.0/0")).satisfies(r -> {
            assertThat(r.gatewayId()).isEqualTo(igwId);
            assertThat(r.stateAsString()).isEqualTo("active");
            assertThat(r.originAsString()).isEqualTo("CreateRoute");
        });
        String associationId = ec2().associateRouteTable(r -> r.routeTableId(tableId).subnetId(subnetId)).associationId();
        assertThat(associationId).startsWith("rtbassoc-");

        assertThat(ec2().describeRouteTables(r -> r.filters(filter("association.subnet-id", subnetId))).routeTables())
                .extracting(RouteTable::routeTableId).containsExactly(tableId);
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("route.gateway-id", igwId))).routeTables()).hasSize(1);
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("route.state", "active"), filter("vpc-id", vpcId))).routeTables()).hasSize(2);

        assertAwsError(() -> ec2().deleteRouteTable(r -> r.routeTableId(tableId)), "DependencyViolation", 400);
        ec2().disassociateRouteTable(r -> r.associationId(associationId));
        ec2().deleteRouteTable(r -> r.routeTableId(tableId));
        assertAwsError(() -> ec2().describeRouteTables(r -> r.routeTableIds(tableId)), "InvalidRouteTableID.NotFound", 400);
    }

    @Test
    void routeRules() {
        String tableId = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").gatewayId(igwId));

        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").gatewayId(igwId)), "RouteAlreadyExists", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("10.0.0.0/16").gatewayId(igwId)), "RouteAlreadyExists", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("10.0.1.0/24").gatewayId(igwId)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("169.254.169.0/24").gatewayId(igwId)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/33").gatewayId(igwId)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16")), "MissingParameter", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16").gatewayId(igwId)
                .natGatewayId("nat-0123456789abcdef0")), "InvalidParameterCombination", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16").gatewayId("igw-0123456789abcdef0")),
                "InvalidGatewayID.NotFound", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16").natGatewayId("nat-0123456789abcdef0")),
                "NatGatewayNotFound", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16")
                .vpcPeeringConnectionId("pcx-0123456789abcdef0")), "InvalidVpcPeeringConnectionID.NotFound", 400);

        String otherIgw = ec2().createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16").gatewayId(otherIgw)),
                "Gateway.NotAttached", 400);

        assertAwsError(() -> ec2().deleteRoute(r -> r.routeTableId(tableId).destinationCidrBlock("10.0.0.0/16")), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().deleteRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16")), "InvalidRoute.NotFound", 400);
        assertAwsError(() -> ec2().replaceRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16").gatewayId(igwId)),
                "InvalidRoute.NotFound", 400);
        ec2().deleteRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0"));
        assertThat(table(tableId).routes()).hasSize(1);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId("rtb-0123456789abcdef0").destinationCidrBlock("0.0.0.0/0").gatewayId(igwId)),
                "InvalidRouteTableID.NotFound", 400);
    }

    @Test
    void aRouteWhoseGatewayGoesAwayTurnsBlackhole() {
        String tableId = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").gatewayId(igwId));

        ec2().detachInternetGateway(r -> r.internetGatewayId(igwId).vpcId(vpcId));
        assertThat(route(tableId, "0.0.0.0/0").stateAsString()).isEqualTo("blackhole");
        ec2().attachInternetGateway(r -> r.internetGatewayId(igwId).vpcId(vpcId));
        assertThat(route(tableId, "0.0.0.0/0").stateAsString()).isEqualTo("active");

        ec2().detachInternetGateway(r -> r.internetGatewayId(igwId).vpcId(vpcId));
        ec2().deleteInternetGateway(r -> r.internetGatewayId(igwId));
        assertThat(route(tableId, "0.0.0.0/0").stateAsString()).isEqualTo("blackhole");
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("route.state", "blackhole"))).routeTables()).hasSize(1);

        String newIgw = ec2().createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(newIgw).vpcId(vpcId));
        ec2().replaceRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").gatewayId(newIgw));
        assertThat(route(tableId, "0.0.0.0/0")).satisfies(r -> {
            assertThat(r.gatewayId()).isEqualTo(newIgw);
            assertThat(r.stateAsString()).isEqualTo("active");
        });
    }

    @Test
    void gatewayEdgeAssociations() {
        String edgeVpc = ec2().createVpc(r -> r.cidrBlock("10.9.0.0/16")).vpc().vpcId();
        String igw = ec2().createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        String table = ec2().createRouteTable(r -> r.vpcId(edgeVpc)).routeTable().routeTableId();
        assertAwsError(() -> ec2().associateRouteTable(r -> r.routeTableId(table).gatewayId(igw)), "Gateway.NotAttached", 400);
        ec2().attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(edgeVpc));
        String association = ec2().associateRouteTable(r -> r.routeTableId(table).gatewayId(igw)).associationId();
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("association.gateway-id", igw))).routeTables()).singleElement()
                .satisfies(t -> assertThat(t.associations()).singleElement().satisfies(a -> {
                    assertThat(a.gatewayId()).isEqualTo(igw);
                    assertThat(a.subnetId()).isNull();
                    assertThat(a.main()).isFalse();
                }));
        String other = ec2().createRouteTable(r -> r.vpcId(edgeVpc)).routeTable().routeTableId();
        assertAwsError(() -> ec2().associateRouteTable(r -> r.routeTableId(other).gatewayId(igw)), "Resource.AlreadyAssociated", 400);
        assertAwsError(() -> ec2().associateRouteTable(r -> r.routeTableId(other).gatewayId("igw-0123456789abcdef0")),
                "InvalidGatewayID.NotFound", 400);
        assertAwsError(() -> ec2().associateRouteTable(r -> r.routeTableId(other)), "MissingParameter", 400);
        assertAwsError(() -> ec2().deleteRouteTable(r -> r.routeTableId(table)), "DependencyViolation", 400);
        String moved = ec2().replaceRouteTableAssociation(r -> r.associationId(association).routeTableId(other)).newAssociationId();
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(other)).routeTables().get(0).associations().get(0).gatewayId()).isEqualTo(igw);
        ec2().disassociateRouteTable(r -> r.associationId(moved));
        ec2().deleteRouteTable(r -> r.routeTableId(table));
    }

    @Test
    void associationRules() {
        String tableId = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        String otherTable = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        String associationId = ec2().associateRouteTable(r -> r.routeTableId(tableId).subnetId(subnetId)).associationId();

        assertAwsError(() -> ec2().associateRouteTable(r -> r.routeTableId(otherTable).subnetId(subnetId)), "Resource.AlreadyAssociated", 400);
        String foreignVpc = ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String foreignSubnet = ec2().createSubnet(r -> r.vpcId(foreignVpc).cidrBlock("10.1.1.0/24")).subnet().subnetId();
        assertAwsError(() -> ec2().associateRouteTable(r -> r.routeTableId(tableId).subnetId(foreignSubnet)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().associateRouteTable(r -> r.routeTableId(tableId).subnetId("subnet-0123456789abcdef0")), "InvalidSubnetID.NotFound", 400);
        assertAwsError(() -> ec2().disassociateRouteTable(r -> r.associationId("rtbassoc-0123456789abcdef0")), "InvalidAssociationID.NotFound", 400);

        String moved = ec2().replaceRouteTableAssociation(r -> r.associationId(associationId).routeTableId(otherTable)).newAssociationId();
        assertThat(table(otherTable).associations()).singleElement().satisfies(a -> {
            assertThat(a.routeTableAssociationId()).isEqualTo(moved);
            assertThat(a.subnetId()).isEqualTo(subnetId);
        });
        assertThat(table(tableId).associations()).isEmpty();

        // deleting the subnet removes its explicit association
        ec2().deleteSubnet(r -> r.subnetId(subnetId));
        assertThat(table(otherTable).associations()).isEmpty();
    }

    @Test
    void theMainAssociationMovesButNeverDisappears() {
        RouteTable main = ec2().describeRouteTables(r -> r.filters(filter("vpc-id", vpcId), filter("association.main", "true"))).routeTables().get(0);
        String mainAssociation = main.associations().get(0).routeTableAssociationId();
        String newMain = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();

        assertAwsError(() -> ec2().disassociateRouteTable(r -> r.associationId(mainAssociation)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().deleteRouteTable(r -> r.routeTableId(main.routeTableId())), "DependencyViolation", 400);

        ec2().replaceRouteTableAssociation(r -> r.associationId(mainAssociation).routeTableId(newMain));
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("vpc-id", vpcId), filter("association.main", "true"))).routeTables())
                .extracting(RouteTable::routeTableId).containsExactly(newMain);
        ec2().deleteRouteTable(r -> r.routeTableId(main.routeTableId()));
        assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpcId)), "DependencyViolation", 400);
    }

    @Test
    void aVpcTornDownToNothingCanBeDeleted() {
        String tableId = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").gatewayId(igwId));
        String association = ec2().associateRouteTable(r -> r.routeTableId(tableId).subnetId(subnetId)).associationId();

        var e = assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpcId)), "DependencyViolation", 400);
        assertThat(e.awsErrorDetails().errorMessage()).contains(subnetId).contains(igwId).contains(tableId);

        ec2().disassociateRouteTable(r -> r.associationId(association));
        ec2().deleteRouteTable(r -> r.routeTableId(tableId));
        ec2().deleteSubnet(r -> r.subnetId(subnetId));
        ec2().detachInternetGateway(r -> r.internetGatewayId(igwId).vpcId(vpcId));
        ec2().deleteInternetGateway(r -> r.internetGatewayId(igwId));
        ec2().deleteVpc(r -> r.vpcId(vpcId));
    }
}
