package dev.netsim.elbv2.simulation;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether anomaly detection finds a target anomalous (false or absent: normal). */
record TargetAnomalyBody(@Schema(example = "true") Boolean anomalous) {
}
