package dev.netsim.ec2.instance;

import dev.netsim.common.AwsException;
import dev.netsim.ec2.Ec2Errors;

/**
 * CPU credits of burstable performance instances: T2 launches as {@code standard}, T3, T3a and T4g
 * as {@code unlimited}, unless the launch or ModifyInstanceCreditSpecification chose otherwise.
 */
final class CpuCredits {

    static final String STANDARD = "standard";
    static final String UNLIMITED = "unlimited";

    private CpuCredits() {
    }

    static boolean burstable(String instanceType) {
        String family = instanceType.substring(0, Math.max(0, instanceType.indexOf('.')));
        return family.equals("t2") || family.equals("t3") || family.equals("t3a") || family.equals("t4g");
    }

    /** What the instance runs with: its own choice, or its type's default. */
    static String of(Instance instance) {
        if (instance.getCpuCredits() != null) {
            return instance.getCpuCredits();
        }
        return instance.getInstanceType().startsWith("t2.") ? STANDARD : UNLIMITED;
    }

    static void check(String cpuCredits) {
        if (!STANDARD.equals(cpuCredits) && !UNLIMITED.equals(cpuCredits)) {
            throw Ec2Errors.invalidValue("CpuCredits", cpuCredits, "Valid values are standard and unlimited.");
        }
    }

    static AwsException notBurstable(String instanceId) {
        return new AwsException("InvalidParameterValue", "The instance " + instanceId + " is not a burstable performance instance (T2, T3, T3a "
                + "or T4g), so it has no CPU credit specification.");
    }
}
