package dev.netsim.ec2.endpoint;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.ec2.prefixlist.AwsServicePrefixLists;
import dev.netsim.simulation.network.VpcEndpointNode;

/** VPC endpoints; a gateway endpoint with the prefix list of its service, which its routes name. */
@Component
class VpcEndpointNetworkSlice implements NetworkSlice {

    private final VpcEndpointRepository endpoints;
    private final AwsServicePrefixLists servicePrefixLists;

    VpcEndpointNetworkSlice(VpcEndpointRepository endpoints, AwsServicePrefixLists servicePrefixLists) {
        this.endpoints = endpoints;
        this.servicePrefixLists = servicePrefixLists;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (VpcEndpoint endpoint : endpoints.findByAccountAndRegionOrderById(scope.account(), scope.region())) {
            String prefixListId = !endpoint.isGateway() ? null : servicePrefixLists.serviceOf(scope.region(), endpoint.getServiceName())
                    .map(service -> servicePrefixLists.forService(scope.region(), service).id()).orElse(null);
            assembly.network().endpoint(new VpcEndpointNode(endpoint.getId(), endpoint.getVpcId(), endpoint.getEndpointType(),
                    endpoint.getServiceName(), prefixListId));
        }
    }
}
