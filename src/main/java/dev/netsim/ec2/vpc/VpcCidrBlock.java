package dev.netsim.ec2.vpc;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One IPv4 CIDR of a VPC: the primary one, or a secondary one from AssociateVpcCidrBlock. */
@Entity
@Table(name = "vpc_cidr_block")
public class VpcCidrBlock extends AssignedIdEntity<String> {

    @Id
    private String associationId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vpc_id")
    private Vpc vpc;
    private String cidrBlock;
    private String state;
    private boolean primaryBlock;

    protected VpcCidrBlock() {
    }

    VpcCidrBlock(String associationId, Vpc vpc, String cidrBlock, boolean primaryBlock) {
        this.associationId = associationId;
        this.vpc = vpc;
        this.cidrBlock = cidrBlock;
        this.state = "associated";
        this.primaryBlock = primaryBlock;
    }

    public String getAssociationId() { return associationId; }
    public Vpc getVpc() { return vpc; }
    public String getCidrBlock() { return cidrBlock; }
    public String getState() { return state; }
    public boolean isPrimaryBlock() { return primaryBlock; }

    @Override
    public String getId() {
        return associationId;
    }
}
