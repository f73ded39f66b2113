package dev.netsim.ec2.api;

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
 * Every EC2 action Netsim answers, as JSON: the request and the response are the action's AWS
 * shapes with their member names, so anything the wire API does can be done from curl or Swagger
 * UI with the same rules, errors and transaction (DryRun included).
 */
@JsonApi
@RestController
@RequestMapping(path = "/api/ec2/actions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "EC2: every action", description = "Any EC2 action as JSON, with the AWS API's member names")
class Ec2ActionController {

    private final JsonActionDoor door;

    Ec2ActionController(JsonActionDoor door) {
        this.door = door;
    }

    @GetMapping
    @Operation(summary = "The EC2 actions Netsim answers")
    List<String> list() {
        return door.actions(WireService.EC2);
    }

    @PostMapping(path = "/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run one EC2 action",
            description = "The body holds the action's request members as in the EC2 API reference (VpcId, Filters: [{Name, Values}], "
                    + "DryRun, …); the answer is its response shape. Errors are problem+json with the AWS error code.")
    ObjectNode run(@Parameter(hidden = true) @ApiScope("ec2") Scope scope,
                   @Parameter(example = "DescribeRouteTables") @PathVariable String action,
                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(type = "object"),
                           examples = @ExampleObject(value = "{\"Filters\": [{\"Name\": \"association.main\", \"Values\": [\"true\"]}]}")))
                   @RequestBody(required = false) JsonNode body) {
        return door.run(WireService.EC2, scope, action, body);
    }
}
