package dev.netsim.cloudfront.api;

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
 * Every CloudFront operation Netsim answers, as JSON with the AWS shapes' member names (header
 * members such as IfMatch and ETag too): the same handlers, rules, errors and transactions as the
 * restXml wire door.
 */
@JsonApi
@RestController
@RequestMapping(path = "/api/cloudfront/actions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "CloudFront: every action", description = "Any CloudFront operation as JSON, with the AWS API's member names")
class CloudFrontActionController {

    private final JsonActionDoor door;

    CloudFrontActionController(JsonActionDoor door) {
        this.door = door;
    }

    @GetMapping
    @Operation(summary = "The CloudFront operations Netsim answers")
    List<String> list() {
        return door.actions(WireService.CLOUDFRONT);
    }

    @PostMapping(path = "/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run one CloudFront operation",
            description = "The body holds the operation's request members as in the CloudFront API reference (DistributionConfig: "
                    + "{CallerReference, Origins: {Quantity, Items: [...]}, DefaultCacheBehavior: {...}, Comment, Enabled}, Id, IfMatch, …); "
                    + "the answer is its response shape, ETag included. Errors are problem+json with the AWS code.")
    ObjectNode run(@Parameter(hidden = true) @ApiScope("cloudfront") Scope scope,
                   @Parameter(example = "ListCachePolicies") @PathVariable String action,
                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(type = "object"),
                           examples = @ExampleObject(value = "{\"Type\": \"managed\"}")))
                   @RequestBody(required = false) JsonNode body) {
        return door.run(WireService.CLOUDFRONT, scope, action, body);
    }
}
