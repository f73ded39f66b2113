package dev.netsim.ec2.vpc;

import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VpcIpv6CidrBlockRepository extends JpaRepository<VpcIpv6CidrBlock, String> {

    /** Every Amazon-provided block held by a VPC on this server. */
    @Query("select b.ipv6CidrBlock from VpcIpv6CidrBlock b")
    Set<String> allBlocks();
}
