package dev.netsim.route53.api;

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
 * Every Route 53 operation Netsim answers, as JSON with the AWS shapes' member names: the same
 * handlers, rules, errors and transactions as the restXml wire door.
 */
@JsonApi
@RestController
@RequestMapping(path = "/api/route53/actions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Route 53: every action", description = "Any Route 53 operation as JSON, with the AWS API's member names")
class Route53ActionController {

    private final JsonActionDoor door;

    Route53ActionController(JsonActionDoor door) {
        this.door = door;
    }

    @GetMapping
    @Operation(summary = "The Route 53 operations Netsim answers")
    List<String> list() {
        return door.actions(WireService.ROUTE53);
    }

    @PostMapping(path = "/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run one Route 53 operation",
            description = "The body holds the operation's request members as in the Route 53 API reference (Name, CallerReference, "
                    + "HostedZoneId, ChangeBatch: {Changes: [{Action, ResourceRecordSet: {Name, Type, TTL, ResourceRecords: [{Value}]}}]}, …); "
                    + "the answer is its response shape. Errors are problem+json with the AWS code (InvalidChangeBatch lists every problem "
                    + "in messages).")
    ObjectNode run(@Parameter(hidden = true) @ApiScope("route53") Scope scope,
                   @Parameter(example = "CreateHostedZone") @PathVariable String action,
                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(type = "object"),
                           examples = @ExampleObject(value = "{\"Name\": \"example.com\", \"CallerReference\": \"swagger-1\"}")))
                   @RequestBody(required = false) JsonNode body) {
        return door.run(WireService.ROUTE53, scope, action, body);
    }
}
