package dev.netsim.elbv2.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import dev.netsim.protocol.WireService;
import dev.netsim.protocol.json.JsonActionDoor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every ELBv2 action Netsim answers, as JSON with the AWS shapes' member names: the same handlers,
 * rules, errors and transactions as the awsQuery wire door.
 */
@JsonApi
@RestController
@RequestMapping(path = "/api/elbv2/actions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "ELBv2: every action", description = "Any Elastic Load Balancing v2 action as JSON, with the AWS API's member names")
class ElbActionController {

    private final JsonActionDoor door;

    ElbActionController(JsonActionDoor door) {
        this.door = door;
    }

    @GetMapping
    @Operation(summary = "The ELBv2 actions Netsim answers")
    List<String> list() {
        return door.actions(WireService.ELBV2);
    }

    @PostMapping(path = "/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run one ELBv2 action",
            description = "The body holds the action's request members as in the ELBv2 API reference (Names, LoadBalancerArn, "
                    + "DefaultActions: [{Type, TargetGroupArn}], …); the answer is its response shape. Errors are problem+json with the AWS code.")
    ObjectNode run(@Parameter(hidden = true) @ApiScope("elasticloadbalancing") Scope scope,
                   @Parameter(example = "DescribeLoadBalancers") @PathVariable String action,
                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(type = "object"),
                           examples = @ExampleObject(value = "{\"PageSize\": 10}")))
                   @RequestBody(required = false) JsonNode body) {
        return door.run(WireService.ELBV2, scope, action, body);
    }
}
