package dev.netsim.ec2.gateway;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.ec2.vpc.VpcResidents;

/** An attached internet gateway keeps its VPC. */
@Component
@Order(20)
class InternetGatewayVpcResidents implements VpcResidents {

    private final InternetGatewayService service;

    InternetGatewayVpcResidents(InternetGatewayService service) {
        this.service = service;
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return service.attachedTo(vpcId);
    }
}
