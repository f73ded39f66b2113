package dev.netsim.ec2.vpc;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.Scope;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Ids;

/**
 * Finds a VPC of the caller's scope by id, with EC2's errors for a missing, malformed or unknown
 * id. Services that depend on VPCs use this rather than VpcService, which itself depends on them.
 */
@Component
@Transactional
public class VpcLookup {

    private final VpcRepository vpcs;

    public VpcLookup(VpcRepository vpcs) {
        this.vpcs = vpcs;
    }

    @Transactional(readOnly = true)
    public Vpc find(Scope scope, String vpcId) {
        requireId(vpcId);
        return vpcs.findByIdAndAccountAndRegion(vpcId, scope.account(), scope.region())
                .orElseThrow(() -> Ec2Errors.notFound("InvalidVpcID", "vpc", vpcId));
    }

    /** The VPC, locked for the rest of the transaction: changes to one VPC's address space and attachments are serialised. */
    public Vpc lock(Scope scope, String vpcId) {
        requireId(vpcId);
        return vpcs.lockInScope(vpcId, scope.account(), scope.region())
                .orElseThrow(() -> Ec2Errors.notFound("InvalidVpcID", "vpc", vpcId));
    }

    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String vpcId) {
        return vpcs.findByIdAndAccountAndRegion(vpcId, scope.account(), scope.region()).isPresent();
    }

    /** The scope's default VPC, for calls that fall back to it when no VPC is named. */
    @Transactional(readOnly = true)
    public java.util.Optional<Vpc> defaultVpc(Scope scope) {
        return vpcs.findByAccountAndRegionAndDefaultVpcTrue(scope.account(), scope.region());
    }

    private static void requireId(String vpcId) {
        if (vpcId == null || vpcId.isEmpty()) {
            throw Ec2Errors.missing("VpcId");
        }
        Ec2Ids.requireWellFormed(vpcId, "vpc", "InvalidVpcID");
    }
}
