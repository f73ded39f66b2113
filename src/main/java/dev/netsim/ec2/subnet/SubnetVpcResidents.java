package dev.netsim.ec2.subnet;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.common.net.Cidrs;
import dev.netsim.ec2.vpc.VpcResidents;

/** Subnets keep their VPC, and the block they lie in. */
@Component
@Order(10)
class SubnetVpcResidents implements VpcResidents {

    private final SubnetRepository subnets;

    SubnetVpcResidents(SubnetRepository subnets) {
        this.subnets = subnets;
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return subnets.findByVpcIdOrderById(vpcId).stream().map(Subnet::getId).toList();
    }

    @Override
    public List<String> dependantsOfBlock(String vpcId, String cidr) {
        return subnets.findByVpcIdOrderById(vpcId).stream()
                .filter(s -> Cidrs.contains(cidr, s.getCidrBlock()) || s.getIpv6CidrBlock() != null && Cidrs.contains(cidr, s.getIpv6CidrBlock()))
                .map(Subnet::getId).toList();
    }
}
