package dev.netsim.ec2;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** EC2 service quotas: AWS's defaults, adjustable as they are on AWS ({@code netsim.quotas.*}). */
@ConfigurationProperties("netsim.quotas")
public record Ec2Quotas(@DefaultValue("5") int vpcsPerRegion,
                        @DefaultValue("5") int ipv4CidrsPerVpc,
                        @DefaultValue("200") int subnetsPerVpc,
                        @DefaultValue("1000") int instancesPerRegion) {
}
