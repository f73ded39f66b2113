package dev.netsim.ec2.routing;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.ec2.subnet.SubnetResidents;

/** A deleted subnet's explicit route table association goes with it. */
@Component
@Order(10)
class RouteTableSubnetResidents implements SubnetResidents {

    private final RouteTableService tables;

    RouteTableSubnetResidents(RouteTableService tables) {
        this.tables = tables;
    }

    @Override
    public void subnetDeleted(String subnetId) {
        tables.forgetSubnet(subnetId);
    }
}
