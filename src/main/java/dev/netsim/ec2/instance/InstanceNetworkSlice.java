package dev.netsim.ec2.instance;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.Ec2Settings;
import dev.netsim.ec2.eni.NetworkInterface;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.InstanceNode;

/** Instances in the state Describe shows now, with their interfaces by device index. */
@Component
class InstanceNetworkSlice implements NetworkSlice {

    private final InstanceRepository instances;
    private final NetworkInterfaceService interfaces;
    private final Ec2Settings settings;

    InstanceNetworkSlice(InstanceRepository instances, NetworkInterfaceService interfaces, Ec2Settings settings) {
        this.instances = instances;
        this.interfaces = interfaces;
        this.settings = settings;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        List<Instance> all = instances.findByAccountAndRegionOrderById(scope.account(), scope.region());
        Map<String, List<NetworkInterface>> attached = interfaces.attachedTo(all.stream().map(Instance::getId).toList());
        for (Instance instance : all) {
            assembly.changesAt(instance.getStateChangedAt().plus(settings.stateTransitionDelay()));
            List<String> eniIds = attached.getOrDefault(instance.getId(), List.of()).stream().map(NetworkInterface::getId).toList();
            assembly.network().instance(new InstanceNode(instance.getId(),
                    instance.stateAt(assembly.now(), settings.stateTransitionDelay()).apiName(), eniIds));
        }
    }
}
