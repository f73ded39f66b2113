package dev.netsim.elbv2.simulation;

import io.swagger.v3.oas.annotations.media.Schema;

/** A simulated health state for a target; state null goes back to the computed one. */
record TargetHealthBody(@Schema(example = "unhealthy") String state, @Schema(example = "Target.FailedHealthChecks") String reason) {
}
