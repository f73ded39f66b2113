package dev.netsim.ec2.security;

import java.util.List;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SecurityGroupRepository extends JpaRepository<SecurityGroup, String> {

    List<SecurityGroup> findByAccountAndRegionOrderById(String account, String region);

    List<SecurityGroup> findByVpcId(String vpcId);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    Optional<SecurityGroup> findByIdAndAccountAndRegion(String id, String account, String region);

    Optional<SecurityGroup> findByVpcIdAndGroupName(String vpcId, String groupName);

    long countByAccountAndRegion(String account, String region);

    @Query("select count(g) > 0 from SecurityGroup g join g.rules r where r.ruleId = ?1 and g.account = ?2 and g.region = ?3")
    boolean ruleExists(String ruleId, String account, String region);

    /** Groups with a rule whose peer is the prefix list. */
    @Query("select distinct g.id from SecurityGroup g join g.rules r where r.prefixListId = ?1")
    List<String> referencingPrefixList(String prefixListId);

    /** Groups other than {@code groupId} whose rules reference it. */
    @Query("select distinct g.id from SecurityGroup g join g.rules r where r.referencedGroupId = ?1 and g.id <> ?1")
    List<String> referencing(String groupId);

    /** (id, group name) of the groups with these ids (an array parameter: see InstanceRepository). */
    @Query(value = "select id, group_name from security_group where id = any(?1)", nativeQuery = true)
    List<Object[]> namesAmong(String[] ids);

    // ---- for the network snapshot: columns, not entities

    /** (id, VPC id, group name) of the scope's groups. */
    @Query("select g.id, g.vpcId, g.groupName from SecurityGroup g where g.account = ?1 and g.region = ?2")
    List<Object[]> namesInScope(String account, String region);

    @Query("select new dev.netsim.ec2.security.SecurityGroupRuleRow(g.id, r.ruleId, r.egress, r.ipProtocol, r.fromPort, r.toPort, "
            + "r.cidrIpv4, r.referencedGroupId, r.prefixListId) from SecurityGroup g join g.rules r where g.account = ?1 and g.region = ?2")
    List<SecurityGroupRuleRow> rulesInScope(String account, String region);
}
