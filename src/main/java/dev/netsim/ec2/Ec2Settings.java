package dev.netsim.ec2;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * EC2 simulation settings ({@code netsim.ec2.*}): how long transient states ({@code pending},
 * {@code deleting}) last, and the public IPv4 pool Elastic IPs and public addresses come from.
 * VPCs' Amazon-provided IPv6 /56 blocks come from {@code amazon-ipv6-pool}.
 * A zero delay lets {@code aws ec2 wait …} succeed on its first poll.
 */
@ConfigurationProperties("netsim.ec2")
public record Ec2Settings(@DefaultValue("0s") Duration stateTransitionDelay,
                          @DefaultValue("3.80.0.0/12") String publicIpv4Pool,
                          @DefaultValue("1h") Duration deletedResourcesVisibleFor,
                          @DefaultValue("2600:1f10::/32") String amazonIpv6Pool) {
}
