package dev.netsim.ec2.insights;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import dev.netsim.simulation.reachability.ReachabilityResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/simulate/reachability", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulate: reachability")
class ReachabilityController {

    private final ReachabilityService reachability;

    ReachabilityController(ReachabilityService reachability) {
        this.reachability = reachability;
    }

    @PostMapping
    @Operation(summary = "Can the source reach the destination? Forward and return path, hop by hop, or the rule that blocks it")
    ReachabilityResult analyze(@Parameter(hidden = true) @ApiScope("ec2") Scope scope, @RequestBody ReachabilityBody body) {
        return reachability.analyze(scope, reachability.validate(scope, body.toInput()));
    }

    @PostMapping("/matrix")
    @Operation(summary = "Reachability of every source × destination × port, with the blocking explanation code per cell",
            description = "Pairs whose source is their destination are left out.")
    ReachabilityMatrix matrix(@Parameter(hidden = true) @ApiScope("ec2") Scope scope, @RequestBody ReachabilityMatrixBody body) {
        return reachability.matrix(scope, body.sources(), body.destinations(), body.protocol(), body.ports());
    }
}
