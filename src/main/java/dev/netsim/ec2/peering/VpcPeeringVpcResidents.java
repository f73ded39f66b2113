package dev.netsim.ec2.peering;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.ec2.vpc.VpcResidents;

/** A live peering connection keeps both its VPCs. */
@Component
@Order(40)
class VpcPeeringVpcResidents implements VpcResidents {

    private final VpcPeeringService service;

    VpcPeeringVpcResidents(VpcPeeringService service) {
        this.service = service;
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return service.liveConnectionsOf(vpcId);
    }
}
