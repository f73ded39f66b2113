package dev.netsim.ec2.vpc;

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
@RequestMapping(path = "/api/ec2/vpcs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "EC2: VPCs")
class VpcController {

    private final VpcService vpcs;
    private final VpcViewMapper views;

    VpcController(VpcService vpcs, VpcViewMapper views) {
        this.vpcs = vpcs;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "List VPCs (DescribeVpcs)")
    PageView<VpcView> list(@Parameter(hidden = true) @ApiScope("ec2") Scope scope,
                           @Parameter(description = "AWS filter as name=value1,value2, e.g. is-default=false or tag:Name=demo")
                           @RequestParam(name = "filter", required = false) List<String> filters,
                           @Parameter(description = "Page size, 5 to 1000") @RequestParam(required = false) Integer maxResults,
                           @RequestParam(required = false) String nextToken) {
        return PageView.of(vpcs.describe(scope, new DescribeQuery(List.of(), ApiFilters.parse(filters), maxResults, nextToken)), views::toView);
    }

    @GetMapping("/{vpcId}")
    @Operation(summary = "Get one VPC")
    VpcView get(@Parameter(hidden = true) @ApiScope("ec2") Scope scope, @Parameter(example = "vpc-1620bd545a223d5fd") @PathVariable String vpcId) {
        return views.toView(vpcs.get(scope, vpcId));
    }

    @PostMapping
    @Operation(summary = "Create a VPC (CreateVpc) with its main route table, default security group and default network ACL")
    ResponseEntity<VpcView> create(@Parameter(hidden = true) @ApiScope("ec2") Scope scope, @Valid @RequestBody CreateVpcBody body) {
        Tagged<Vpc> vpc = vpcs.create(scope, body.cidrBlock(), body.instanceTenancy(),
                Boolean.TRUE.equals(body.amazonProvidedIpv6CidrBlock()), body.tags() == null ? Map.of() : body.tags());
        return ResponseEntity.created(URI.create("/api/ec2/vpcs/" + vpc.resource().getId())).body(views.toView(vpc));
    }

    @DeleteMapping("/{vpcId}")
    @Operation(summary = "Delete a VPC (DeleteVpc); 409 DependencyViolation while anything depends on it")
    ResponseEntity<Void> delete(@Parameter(hidden = true) @ApiScope("ec2") Scope scope, @Parameter(example = "vpc-1620bd545a223d5fd") @PathVariable String vpcId) {
        vpcs.delete(scope, vpcId);
        return ResponseEntity.noContent().build();
    }
}
