package dev.netsim.ec2.vpc;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** An IPv6 block of a VPC: a /56 from Amazon's pool, associated with AmazonProvidedIpv6CidrBlock. */
@Entity
@Table(name = "vpc_ipv6_cidr_block")
public class VpcIpv6CidrBlock extends AssignedIdEntity<String> {

    @Id
    private String associationId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vpc_id")
    private Vpc vpc;
    private String ipv6CidrBlock;
    private String ipv6Pool;
    private String networkBorderGroup;

    protected VpcIpv6CidrBlock() {
    }

    VpcIpv6CidrBlock(String associationId, Vpc vpc, String ipv6CidrBlock, String ipv6Pool, String networkBorderGroup) {
        this.associationId = associationId;
        this.vpc = vpc;
        this.ipv6CidrBlock = ipv6CidrBlock;
        this.ipv6Pool = ipv6Pool;
        this.networkBorderGroup = networkBorderGroup;
    }

    public String getAssociationId() { return associationId; }
    public String getIpv6CidrBlock() { return ipv6CidrBlock; }
    public String getIpv6Pool() { return ipv6Pool; }
    public String getNetworkBorderGroup() { return networkBorderGroup; }
    /** Association completes at once in Netsim; "associating" is only what the associate call answers. */
    public String getState() { return "associated"; }

    @Override
    public String getId() {
        return associationId;
    }
}
