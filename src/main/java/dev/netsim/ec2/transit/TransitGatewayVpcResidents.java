package dev.netsim.ec2.transit;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.ec2.vpc.VpcResidents;

/** A transit gateway attachment keeps its VPC. */
@Component
@Order(60)
class TransitGatewayVpcResidents implements VpcResidents {

    private final TransitGatewayService service;

    TransitGatewayVpcResidents(TransitGatewayService service) {
        this.service = service;
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return service.attachmentsOf(vpcId);
    }
}
