package dev.netsim.ec2.defaultvpc;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.VpcActions;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreateDefaultVpcRequest;
import software.amazon.awssdk.services.ec2.model.CreateDefaultVpcResponse;

/** EC2 wire handler for CreateDefaultVpc. */
@Component
class DefaultVpcActions {

    private final DefaultVpcProvisioner provisioner;

    DefaultVpcActions(DefaultVpcProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    @AwsAction(WireService.EC2)
    CreateDefaultVpcResponse createDefaultVpc(CreateDefaultVpcRequest r, Scope scope) {
        return CreateDefaultVpcResponse.builder().vpc(VpcActions.toSdk(new Tagged<>(provisioner.recreate(scope), Map.of()))).build();
    }
}
