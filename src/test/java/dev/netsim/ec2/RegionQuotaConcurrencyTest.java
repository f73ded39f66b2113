package dev.netsim.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.Concurrently;
import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Region-wide quotas asked of by many clients at once: exactly as many creates succeed as the quota leaves room for. */
class RegionQuotaConcurrencyTest extends NetsimIntegrationTest {

    @Test
    void eightConcurrentCreateVpcsFillTheFiveVpcQuotaExactly() throws Exception {
        Ec2Client ec2 = ec2();
        ec2.describeVpcs(); // the default VPC is the first of the five
        List<String> outcomes = Concurrently.outcomes(8, () -> ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId());
        assertThat(outcomes).filteredOn(o -> o.startsWith("vpc-")).hasSize(4);
        assertThat(outcomes).filteredOn(o -> !o.startsWith("vpc-")).containsOnly("VpcLimitExceeded");
        assertThat(ec2.describeVpcs().vpcs()).hasSize(5);
    }

    @Test
    void eightConcurrentAllocateAddressesFillTheFiveAddressQuotaExactly() throws Exception {
        Ec2Client ec2 = ec2();
        ec2.describeVpcs();
        List<String> outcomes = Concurrently.outcomes(8, () -> ec2.allocateAddress(r -> r.domain("vpc")).allocationId());
        assertThat(outcomes).filteredOn(o -> o.startsWith("eipalloc-")).hasSize(5);
        assertThat(outcomes).filteredOn(o -> !o.startsWith("eipalloc-")).containsOnly("AddressLimitExceeded");
        assertThat(ec2.describeAddresses().addresses()).hasSize(5);
    }
}
