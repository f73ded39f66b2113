package dev.netsim.common.clock;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/simulate/clock", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulate: CDN")
class SimulationClockController {

    private final SimulationClock clock;

    SimulationClockController(SimulationClock clock) {
        this.clock = clock;
    }

    /** Give one of the two: a time to set the clock to, or seconds to move it on. */
    record ClockChange(@Schema(description = "An ISO-8601 instant, such as 2030-01-01T00:00:00Z", nullable = true) Instant set,
                  @Schema(example = "3600", nullable = true) Long advanceSeconds) {
    }

    record ClockNow(Instant now) {
    }

    @GetMapping
    @Operation(summary = "The account's simulation clock", description = "The time the CDN simulation (TTLs, ages, invalidations) runs at.")
    ClockNow now(@Parameter(hidden = true) @ApiScope("cloudfront") Scope scope) {
        return new ClockNow(clock.now(scope));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set or advance the account's simulation clock", description = "It only moves forward. Cached objects age with it: "
            + "advance past a TTL and the next request revalidates (RefreshHit) or fetches again (Miss).")
    ClockNow change(@Parameter(hidden = true) @ApiScope("cloudfront") Scope scope, @RequestBody ClockChange change) {
        if ((change.set() == null) == (change.advanceSeconds() == null)) {
            throw new AwsException("InvalidParameterValue", "Give exactly one of set and advanceSeconds.");
        }
        return new ClockNow(change.set() != null ? clock.set(scope, change.set()) : clock.advance(scope, Duration.ofSeconds(change.advanceSeconds())));
    }
}
