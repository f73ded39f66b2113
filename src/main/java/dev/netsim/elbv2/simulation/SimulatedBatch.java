package dev.netsim.elbv2.simulation;

import io.swagger.v3.oas.annotations.media.Schema;

/** The same request many times: each a new connection from the next source port. */
record SimulatedBatch(SimulatedRequest request,
                      @Schema(example = "10000") Integer count,
                      @Schema(example = "7") Long seed,
                      @Schema(description = "Keep the cookies each answer sets, as a browser would", example = "false") Boolean followCookies) {
}
