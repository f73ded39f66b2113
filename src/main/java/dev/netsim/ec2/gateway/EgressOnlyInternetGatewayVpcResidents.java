package dev.netsim.ec2.gateway;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.ec2.vpc.VpcResidents;

/** An attached egress-only internet gateway keeps its VPC. */
@Component
@Order(30)
class EgressOnlyInternetGatewayVpcResidents implements VpcResidents {

    private final EgressOnlyInternetGatewayService service;

    EgressOnlyInternetGatewayVpcResidents(EgressOnlyInternetGatewayService service) {
        this.service = service;
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return service.attachedTo(vpcId);
    }
}
