package dev.netsim.ec2.security;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecurityGroupRepository extends JpaRepository<SecurityGroup, String> {

    List<SecurityGroup> findByAccountAndRegionOrderById(String account, String region);

    List<SecurityGroup> findByVpcId(String vpcId);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);
}
