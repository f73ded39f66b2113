package dev.netsim.route53.healthcheck;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/simulate/health-checks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulate: DNS")
class HealthCheckSimulationController {

    private final HealthCheckService checks;

    HealthCheckSimulationController(HealthCheckService checks) {
        this.checks = checks;
    }

    /** The status to force; null lets the probed (or new-check healthy) status apply again. */
    record StatusBody(@Schema(example = "false", nullable = true) Boolean healthy) {
    }

    @PutMapping("/{id}/status")
    @Operation(summary = "Set a Route 53 health check healthy or unhealthy for simulations (healthy null: back to its observed status)",
            description = "Inverted and CALCULATED checks, GetHealthCheckStatus, TestDNSAnswer, the DNS server and /api/simulate/dns all follow it.")
    ResponseEntity<Void> status(@Parameter(hidden = true) @ApiScope("route53") Scope scope, @PathVariable String id, @RequestBody StatusBody body) {
        checks.overrideStatus(scope, id, body.healthy());
        return ResponseEntity.noContent().build();
    }
}
