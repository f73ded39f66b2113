package dev.netsim.common;

/** Published after {@code POST /api/reset} wiped all state: caches of that state must be dropped. */
public record StateResetEvent() {
}
