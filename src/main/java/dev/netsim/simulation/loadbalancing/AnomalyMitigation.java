package dev.netsim.simulation.loadbalancing;

/**
 * Weighted random's anomaly mitigation (automatic target weights): when a group has it on and at
 * least three healthy targets to compare, an anomalous target gets a tenth of the share it would
 * otherwise get (AWS says only that mitigation "reduces" an anomalous target's traffic; Netsim
 * names the factor so that the spread can be predicted).
 */
public final class AnomalyMitigation {

    /** Anomaly detection compares a target with its peers: it needs at least this many healthy targets. */
    public static final int MINIMUM_HEALTHY_TARGETS = 3;
    static final int SHARE_DIVISOR = 10;

    private AnomalyMitigation() {
    }

    /** Whether the group's mitigation is in effect for an anomalous target among {@code healthyTargets}. */
    public static boolean inEffect(boolean mitigationOn, int healthyTargets, boolean anomalous) {
        return mitigationOn && anomalous && healthyTargets >= MINIMUM_HEALTHY_TARGETS;
    }
}
