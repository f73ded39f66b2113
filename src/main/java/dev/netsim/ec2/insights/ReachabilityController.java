package dev.netsim.ec2.insights;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.simulation.reachability.ReachabilityQuery;
import dev.netsim.simulation.reachability.ReachabilityResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/simulate/reachability", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulate: reachability")
class ReachabilityController {

    static final int MAX_CELLS = 10_000;

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
        List<String> sources = required("sources", body.sources());
        List<String> destinations = required("destinations", body.destinations());
        List<Integer> ports = body.ports() == null || body.ports().isEmpty() ? java.util.Collections.singletonList(null) : body.ports();
        long cells = (long) sources.size() * destinations.size() * ports.size();
        if (cells > MAX_CELLS) {
            throw Ec2Errors.invalidValue("sources", Long.toString(cells), "A matrix has at most " + MAX_CELLS + " cells (sources × destinations × ports).");
        }
        List<ReachabilityQuery> queries = new ArrayList<>();
        for (String source : sources) {
            for (String destination : destinations) {
                if (destination.equals(source)) {
                    continue; // a component talking to itself never leaves it: no path to analyse
                }
                for (Integer port : ports) {
                    queries.add(reachability.validate(scope, new ReachabilityService.PathInput(source, destination, null, null, body.protocol(),
                            port, null, null)));
                }
            }
        }
        List<ReachabilityMatrix.Cell> grid = new ArrayList<>();
        int reachable = 0;
        for (ReachabilityQuery query : queries) {
            ReachabilityResult result = reachability.analyze(scope, query);
            reachable += result.pathFound() ? 1 : 0;
            grid.add(new ReachabilityMatrix.Cell(query.source(), query.destination(), query.destinationPort(), result.pathFound(),
                    result.explanations().isEmpty() ? null : result.explanations().get(0).code(), result.summary()));
        }
        return new ReachabilityMatrix(reachable, grid.size() - reachable, grid);
    }

    private static List<String> required(String member, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain " + member + ".");
        }
        return values;
    }
}
