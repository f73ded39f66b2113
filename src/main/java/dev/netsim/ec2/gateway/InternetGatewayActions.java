package dev.netsim.ec2.gateway;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;

/** EC2 wire handlers for internet gateways. */
@Component
class InternetGatewayActions {

    private final InternetGatewayService gateways;

    InternetGatewayActions(InternetGatewayService gateways) {
        this.gateways = gateways;
    }

    @AwsAction(WireService.EC2)
    CreateInternetGatewayResponse createInternetGateway(CreateInternetGatewayRequest request, Scope scope) {
        Tagged<InternetGateway> gateway = gateways.create(scope, Ec2Wire.tagsFor(request.tagSpecifications(), "internet-gateway"));
        return CreateInternetGatewayResponse.builder().internetGateway(toSdk(gateway)).build();
    }

    @AwsAction(WireService.EC2)
    AttachInternetGatewayResponse attachInternetGateway(AttachInternetGatewayRequest request, Scope scope) {
        gateways.attach(scope, request.internetGatewayId(), request.vpcId());
        return AttachInternetGatewayResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DetachInternetGatewayResponse detachInternetGateway(DetachInternetGatewayRequest request, Scope scope) {
        gateways.detach(scope, request.internetGatewayId(), request.vpcId());
        return DetachInternetGatewayResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DeleteInternetGatewayResponse deleteInternetGateway(DeleteInternetGatewayRequest request, Scope scope) {
        gateways.delete(scope, request.internetGatewayId());
        return DeleteInternetGatewayResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeInternetGatewaysResponse describeInternetGateways(DescribeInternetGatewaysRequest request, Scope scope) {
        Page<Tagged<InternetGateway>> page = gateways.describe(scope,
                Ec2Wire.query(request.internetGatewayIds(), request.filters(), request.maxResults(), request.nextToken()));
        return DescribeInternetGatewaysResponse.builder().internetGateways(page.items().stream().map(InternetGatewayActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    static software.amazon.awssdk.services.ec2.model.InternetGateway toSdk(Tagged<InternetGateway> tagged) {
        InternetGateway gateway = tagged.resource();
        List<InternetGatewayAttachment> attachments = gateway.getAttachedVpcId() == null ? List.of()
                : List.of(InternetGatewayAttachment.builder().vpcId(gateway.getAttachedVpcId()).state("available").build());
        return software.amazon.awssdk.services.ec2.model.InternetGateway.builder()
                .internetGatewayId(gateway.getId())
                .ownerId(gateway.getAccount())
                .attachments(attachments)
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
