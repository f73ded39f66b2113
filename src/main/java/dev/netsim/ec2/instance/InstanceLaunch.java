package dev.netsim.ec2.instance;

import dev.netsim.ec2.eni.Ipv6Request;

import java.util.List;
import java.util.Map;

/**
 * What RunInstances asks for, after the wire's several ways of saying it (top-level SubnetId or
 * NetworkInterface.1, SecurityGroupId or SecurityGroup names) are reduced to one.
 */
public record InstanceLaunch(String imageId, String instanceType, Integer minCount, Integer maxCount, String subnetId,
                             List<String> securityGroupIds, List<String> securityGroupNames, String privateIpAddress,
                             Boolean associatePublicIpAddress, String availabilityZone, String placementGroup, String placementGroupId,
                             Integer partitionNumber, String keyName,
                             String userData, String clientToken, String httpTokens, String httpEndpoint, int httpPutResponseHopLimit,
                             Map<String, String> instanceTags, Map<String, String> interfaceTags, Options options) {

    /**
     * The rest of what RunInstances sets: detailed monitoring, EBS optimization, hibernation,
     * termination protection, CPU credits (null: the type's default), and the primary interface's
     * secondary private addresses (given, or a count to pick) and IPv6 addresses.
     */
    public record Options(boolean monitoring, boolean ebsOptimized, boolean hibernation, boolean disableApiTermination, String cpuCredits,
                          List<String> secondaryPrivateIps, Integer secondaryPrivateIpCount, Ipv6Request ipv6) {
    }
}
