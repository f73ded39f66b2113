package dev.netsim.ec2.instance;

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
                             Map<String, String> instanceTags, Map<String, String> interfaceTags) {
}
