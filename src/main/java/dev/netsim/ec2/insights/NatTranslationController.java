package dev.netsim.ec2.insights;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/simulate/nat-gateways", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulate: reachability")
class NatTranslationController {

    private final NetworkInsightsService insights;

    NatTranslationController(NetworkInsightsService insights) {
        this.insights = insights;
    }

    /** The gateway and what Network Insights analyses saw it translate. */
    record Translations(String natGatewayId, List<NetworkInsightsService.StoredTranslation> translations) {
    }

    @GetMapping("/{natGatewayId}/translations")
    @Operation(summary = "The source and port translations a NAT gateway made on the paths Network Insights analysed",
            description = "Private source address and ports → the NAT gateway's address and remapped ports → the public address the internet "
                    + "gateway puts on them, per stored analysis (StartNetworkInsightsAnalysis); /api/simulate/reachability keeps nothing.")
    Translations translations(@Parameter(hidden = true) @ApiScope("ec2") Scope scope,
                              @Parameter(example = "nat-0a1b2c3d4e5f6a7b8") @PathVariable String natGatewayId) {
        return new Translations(natGatewayId, insights.natTranslations(scope, natGatewayId));
    }
}
