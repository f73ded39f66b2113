package dev.netsim.ec2.vpn;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.ec2.vpc.VpcResidents;

/** An attached virtual private gateway keeps its VPC. */
@Component
@Order(70)
class VpnGatewayVpcResidents implements VpcResidents {

    private final VpnGatewayService service;

    VpnGatewayVpcResidents(VpnGatewayService service) {
        this.service = service;
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return service.attachedTo(vpcId);
    }
}
