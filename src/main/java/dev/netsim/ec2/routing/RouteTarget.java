package dev.netsim.ec2.routing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.netsim.common.AwsException;

/** The target of a route as given to CreateRoute or ReplaceRoute. */
public record RouteTarget(RouteTargetKind kind, String id) {

    public static final RouteTarget LOCAL = new RouteTarget(RouteTargetKind.LOCAL, "local");

    /**
     * The one target among the target parameters of a CreateRoute or ReplaceRoute call (kinds whose
     * value is null were not given). AWS requires exactly one.
     */
    public static RouteTarget exactlyOne(Map<RouteTargetKind, String> given) {
        List<Map.Entry<RouteTargetKind, String>> present = given.entrySet().stream().filter(e -> e.getValue() != null).toList();
        if (present.size() != 1) {
            throw new AwsException(present.isEmpty() ? "MissingParameter" : "InvalidParameterCombination",
                    "The request must contain exactly one of " + given.keySet().stream().map(RouteTargetKind::parameter)
                            .collect(Collectors.joining(", ")) + ".");
        }
        return new RouteTarget(present.get(0).getKey(), present.get(0).getValue());
    }
}
