package dev.netsim.elbv2.loadbalancer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.ConfigKind;
import dev.netsim.cloudfront.resource.ConfigKinds;
import dev.netsim.cloudfront.resource.ConfigRules;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.ec2.instance.InstanceRepository;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cloudfront.model.VpcOriginEndpointConfig;

/** A CloudFront VPC origin fronts an Application or Network Load Balancer or an EC2 instance of the account that exists here. */
@Component
class VpcOriginEndpoints implements ConfigRules {

    private final LoadBalancerRepository balancers;
    private final InstanceRepository instances;

    VpcOriginEndpoints(LoadBalancerRepository balancers, InstanceRepository instances) {
        this.balancers = balancers;
        this.instances = instances;
    }

    @Override
    public ConfigKind kind() {
        return ConfigKinds.VPC_ORIGIN;
    }

    @Override
    @Transactional(readOnly = true)
    public void check(Scope scope, SdkPojo document) {
        String arn = ((VpcOriginEndpointConfig) document).arn();
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        boolean found = false;
        if (parts.length == 6 && parts[4].equals(scope.account())) {
            if (parts[2].equals("elasticloadbalancing") && (parts[5].startsWith("loadbalancer/app/") || parts[5].startsWith("loadbalancer/net/"))) {
                found = balancers.findByArnAndAccountAndRegion(arn, scope.account(), parts[3]).isPresent();
            } else if (parts[2].equals("ec2") && parts[5].startsWith("instance/")) {
                found = instances.findById(parts[5].substring("instance/".length()))
                        .filter(i -> i.getAccount().equals(scope.account()) && i.getRegion().equals(parts[3])).isPresent();
            }
        }
        if (!found) {
            throw new AwsException("InvalidArgument", "The VPC origin endpoint " + arn + " is no Application or Network Load Balancer or EC2 "
                    + "instance of this account.");
        }
    }
}
