package dev.netsim.ec2.vpc;

import java.util.List;

import dev.netsim.common.Scope;

/**
 * What a resource package keeps in VPCs, as the VPC's life cycle needs to know it: the defaults AWS
 * creates with a VPC, what keeps a VPC or one of its blocks from being removed, and what follows a
 * block's association. Each package implements it for its own resources, so the VPC package depends
 * on none of them. Implementations run in their {@code @Order}, which is the order DeleteVpc names
 * dependants in.
 */
public interface VpcResidents {

    /** CreateVpc: what AWS creates along with the VPC (main route table, default security group, default ACL). */
    default void vpcCreated(Scope scope, String vpcId, String primaryCidr) {
    }

    /** The ids that keep DeleteVpc from deleting the VPC. */
    default List<String> dependantsOf(String vpcId) {
        return List.of();
    }

    /** DeleteVpc, once nothing depends on the VPC: the defaults go with it. */
    default void vpcDeleted(String vpcId) {
    }

    /** The ids that keep the VPC's IPv4 or IPv6 block {@code cidr} from being disassociated. */
    default List<String> dependantsOfBlock(String vpcId, String cidr) {
        return List.of();
    }

    /** AssociateVpcCidrBlock / DisassociateVpcCidrBlock done: a block joined or left the VPC. */
    default void blockAdded(String vpcId, String cidr) {
    }

    default void blockRemoved(String vpcId, String cidr) {
    }
}
