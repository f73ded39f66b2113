package dev.netsim.ec2.instance;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.Ec2Settings;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.InstanceNode;

/** Instances in the state Describe shows now (their interfaces come with the interfaces' slice). */
@Component
class InstanceNetworkSlice implements NetworkSlice {

    private final InstanceRepository instances;
    private final Ec2Settings settings;

    InstanceNetworkSlice(InstanceRepository instances, Ec2Settings settings) {
        this.instances = instances;
        this.settings = settings;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (InstanceStateRow instance : instances.statesInScope(scope.account(), scope.region())) {
            assembly.changesAt(instance.stateChangedAt().plus(settings.stateTransitionDelay()));
            assembly.network().instance(new InstanceNode(instance.id(),
                    instance.stateAt(assembly.now(), settings.stateTransitionDelay()).apiName()));
        }
    }
}
