package dev.netsim.simulation.loadbalancing;

import java.time.Duration;
import java.util.List;

/**
 * A target group as the engine sees it: its algorithm and stickiness (null when disabled), its slow
 * start ({@link Duration#ZERO} when off), its cross-zone setting and its registered targets.
 */
public record TargetGroupModel(String arn, String name, String protocol, Algorithm algorithm, Stickiness stickiness,
                               Duration slowStart, CrossZone crossZone, List<TargetModel> targets) {

    public TargetGroupModel {
        targets = List.copyOf(targets);
    }
}
