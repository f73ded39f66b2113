package dev.netsim.ec2.gateway;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreateEgressOnlyInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateEgressOnlyInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteEgressOnlyInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteEgressOnlyInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DescribeEgressOnlyInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeEgressOnlyInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;

/** EC2 wire handlers for egress-only internet gateways. */
@Component
class EgressOnlyInternetGatewayActions {

    private final EgressOnlyInternetGatewayService gateways;

    EgressOnlyInternetGatewayActions(EgressOnlyInternetGatewayService gateways) {
        this.gateways = gateways;
    }

    @AwsAction(WireService.EC2)
    CreateEgressOnlyInternetGatewayResponse createEgressOnlyInternetGateway(CreateEgressOnlyInternetGatewayRequest r, Scope scope) {
        Tagged<EgressOnlyInternetGateway> gateway = gateways.create(scope, r.vpcId(),
                Ec2Wire.tagsFor(r.tagSpecifications(), "egress-only-internet-gateway"));
        return CreateEgressOnlyInternetGatewayResponse.builder().egressOnlyInternetGateway(toSdk(gateway)).clientToken(r.clientToken()).build();
    }

    @AwsAction(WireService.EC2)
    DeleteEgressOnlyInternetGatewayResponse deleteEgressOnlyInternetGateway(DeleteEgressOnlyInternetGatewayRequest r, Scope scope) {
        gateways.delete(scope, r.egressOnlyInternetGatewayId());
        return DeleteEgressOnlyInternetGatewayResponse.builder().returnCode(true).build();
    }

    @AwsAction(WireService.EC2)
    DescribeEgressOnlyInternetGatewaysResponse describeEgressOnlyInternetGateways(DescribeEgressOnlyInternetGatewaysRequest r, Scope scope) {
        Page<Tagged<EgressOnlyInternetGateway>> page = gateways.describe(scope,
                Ec2Wire.query(r.egressOnlyInternetGatewayIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribeEgressOnlyInternetGatewaysResponse.builder()
                .egressOnlyInternetGateways(page.items().stream().map(EgressOnlyInternetGatewayActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    static software.amazon.awssdk.services.ec2.model.EgressOnlyInternetGateway toSdk(Tagged<EgressOnlyInternetGateway> tagged) {
        EgressOnlyInternetGateway gateway = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.EgressOnlyInternetGateway.builder()
                .egressOnlyInternetGatewayId(gateway.getId())
                .attachments(List.of(InternetGatewayAttachment.builder().vpcId(gateway.getVpcId()).state("attached").build()))
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
