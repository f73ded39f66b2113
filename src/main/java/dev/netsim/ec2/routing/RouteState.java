package dev.netsim.ec2.routing;

/** A route together with its derived state: {@code active}, or {@code blackhole} once its target is gone. */
public record RouteState(Route route, String state) {
}
