package dev.netsim.elbv2.simulation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import dev.netsim.elbv2.targetgroup.TargetGroupService;
import dev.netsim.elbv2.targetgroup.TargetRegistrationService;
import dev.netsim.simulation.loadbalancing.BatchSummary;
import dev.netsim.simulation.loadbalancing.RoutingDecision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/simulate", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulate: load balancers")
class LoadBalancerSimulationController {

    private final LoadBalancerSimulationService simulation;
    private final TargetRegistrationService targets;
    private final TargetGroupService groups;

    LoadBalancerSimulationController(LoadBalancerSimulationService simulation, TargetRegistrationService targets, TargetGroupService groups) {
        this.simulation = simulation;
        this.targets = targets;
        this.groups = groups;
    }

    @PostMapping("/load-balancers/{nameOrArn}/requests")
    @Operation(summary = "Which listener rule, target group and target take this request, and why",
            description = "The load balancer by name, or by ARN with its slashes encoded (%2F).")
    RoutingDecision route(@Parameter(hidden = true) @ApiScope("elasticloadbalancing") Scope scope, @PathVariable String nameOrArn,
                          @RequestBody SimulatedRequest body) {
        return simulation.route(scope, nameOrArn, body.toEngine(), body.seed());
    }

    @PostMapping("/load-balancers/{nameOrArn}/requests:batch")
    @Operation(summary = "Send the same request many times and count where they went, by target, group, zone and rule")
    BatchSummary batch(@Parameter(hidden = true) @ApiScope("elasticloadbalancing") Scope scope, @PathVariable String nameOrArn,
                       @RequestBody SimulatedBatch body) {
        if (body.request() == null) {
            throw new AwsException("ValidationError", "request is required");
        }
        return simulation.batch(scope, nameOrArn, body.request().toEngine(), body.count() == null ? 1000 : body.count(), body.seed(),
                Boolean.TRUE.equals(body.followCookies()));
    }

    @PutMapping("/target-groups/{nameOrArn}/targets/{id}/health")
    @Operation(summary = "Set a registered target's health for simulations (state null: back to its computed health)",
            description = "The target group by name, or by ARN with its slashes encoded (%2F).")
    ResponseEntity<Void> health(@Parameter(hidden = true) @ApiScope("elasticloadbalancing") Scope scope, @PathVariable String nameOrArn,
                                @PathVariable String id, @RequestBody TargetHealthBody body) {
        targets.overrideHealth(scope, groups.byNameOrArn(scope, nameOrArn).getArn(), id, body.state(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/target-groups/{nameOrArn}/targets/{id}/anomaly")
    @Operation(summary = "Say whether anomaly detection finds a registered target anomalous",
            description = "For weighted random groups: DescribeTargetHealth with Include=AnomalyDetection reports it, and with anomaly "
                    + "mitigation on (and at least three healthy targets) the target gets a tenth of its share.")
    ResponseEntity<Void> anomaly(@Parameter(hidden = true) @ApiScope("elasticloadbalancing") Scope scope, @PathVariable String nameOrArn,
                                 @PathVariable String id, @RequestBody TargetAnomalyBody body) {
        targets.markAnomalous(scope, groups.byNameOrArn(scope, nameOrArn).getArn(), id, Boolean.TRUE.equals(body.anomalous()));
        return ResponseEntity.noContent().build();
    }
}
