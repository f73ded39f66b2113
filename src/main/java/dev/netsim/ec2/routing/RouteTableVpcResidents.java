package dev.netsim.ec2.routing;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.vpc.VpcResidents;

/** A VPC's route tables: the main one comes and goes with it, custom ones keep it, every table has a local route per block. */
@Component
@Order(90)
class RouteTableVpcResidents implements VpcResidents {

    private final RouteTableService tables;

    RouteTableVpcResidents(RouteTableService tables) {
        this.tables = tables;
    }

    @Override
    public void vpcCreated(Scope scope, String vpcId, String primaryCidr) {
        tables.createMain(scope, vpcId, primaryCidr);
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return tables.customTableIds(vpcId);
    }

    @Override
    public void vpcDeleted(String vpcId) {
        tables.deleteTablesOf(vpcId);
    }

    @Override
    public void blockAdded(String vpcId, String cidr) {
        tables.addLocalRoutes(vpcId, cidr);
    }

    @Override
    public void blockRemoved(String vpcId, String cidr) {
        tables.removeLocalRoutes(vpcId, cidr);
    }
}
