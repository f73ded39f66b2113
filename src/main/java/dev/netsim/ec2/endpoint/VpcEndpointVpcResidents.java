package dev.netsim.ec2.endpoint;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.ec2.vpc.VpcResidents;

/** VPC endpoints keep their VPC. */
@Component
@Order(50)
class VpcEndpointVpcResidents implements VpcResidents {

    private final VpcEndpointService service;

    VpcEndpointVpcResidents(VpcEndpointService service) {
        this.service = service;
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return service.endpointsIn(vpcId);
    }
}
