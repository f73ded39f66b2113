package dev.netsim.ec2.security;

/** The columns of a security group rule the network snapshot needs. */
public record SecurityGroupRuleRow(String groupId, String ruleId, boolean egress, String ipProtocol, Integer fromPort, Integer toPort,
                                   String cidrIpv4, String referencedGroupId, String prefixListId) {
}
