package dev.netsim.ec2.subnet;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiFilters;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import dev.netsim.common.api.PageView;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.tag.Tagged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/ec2/subnets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "EC2: subnets")
class SubnetController {

    private final SubnetService subnets;
    private final SubnetViewMapper views;

    SubnetController(SubnetService subnets, SubnetViewMapper views) {
        this.subnets = subnets;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "List subnets (DescribeSubnets)")
    PageView<SubnetView> list(@Parameter(hidden = true) @ApiScope("ec2") Scope scope,
                              @Parameter(description = "AWS filter as name=value1,value2, e.g. vpc-id=vpc-1620bd545a223d5fd")
                              @RequestParam(name = "filter", required = false) List<String> filters,
                              @Parameter(description = "Page size, 5 to 1000") @RequestParam(required = false) Integer maxResults,
                              @RequestParam(required = false) String nextToken) {
        return PageView.of(subnets.describe(scope, new DescribeQuery(List.of(), ApiFilters.parse(filters), maxResults, nextToken)), views::toView);
    }

    @GetMapping("/{subnetId}")
    @Operation(summary = "Get one subnet")
    SubnetView get(@Parameter(hidden = true) @ApiScope("ec2") Scope scope, @Parameter(example = "subnet-aa52bfd9d6751dcaa") @PathVariable String subnetId) {
        return views.toView(subnets.get(scope, subnetId));
    }

    @PostMapping
    @Operation(summary = "Create a subnet (CreateSubnet)")
    ResponseEntity<SubnetView> create(@Parameter(hidden = true) @ApiScope("ec2") Scope scope, @Valid @RequestBody CreateSubnetBody body) {
        Tagged<Subnet> subnet = subnets.create(scope, new SubnetService.SubnetSpec(body.vpcId(), body.cidrBlock(), body.ipv6CidrBlock(), body.availabilityZone(),
                body.availabilityZoneId(), body.tags() == null ? Map.of() : body.tags()));
        return ResponseEntity.created(URI.create("/api/ec2/subnets/" + subnet.resource().getId())).body(views.toView(subnet));
    }

    @DeleteMapping("/{subnetId}")
    @Operation(summary = "Delete a subnet (DeleteSubnet)")
    ResponseEntity<Void> delete(@Parameter(hidden = true) @ApiScope("ec2") Scope scope, @Parameter(example = "subnet-aa52bfd9d6751dcaa") @PathVariable String subnetId) {
        subnets.delete(scope, subnetId);
        return ResponseEntity.noContent().build();
    }
}
