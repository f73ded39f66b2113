package dev.netsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.netsim.common.AwsException;
import dev.netsim.protocol.query.QueryBinder;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;

/** The generic binder fills any request shape from flattened parameters, in both query dialects. */
class QueryBinderTest {

    @Test
    void ec2FlatteningOfListsAndNestedStructures() {
        // exactly what the CLI sends for run-instances --associate-public-ip-address (shared/aws-wire-protocols.md §9)
        RunInstancesRequest request = (RunInstancesRequest) QueryBinder.bind(RunInstancesRequest.builder(), Map.ofEntries(
                Map.entry("ImageId", "ami-0abcdef1234567890"), Map.entry("InstanceType", "t3.micro"),
                Map.entry("TagSpecification.1.ResourceType", "instance"), Map.entry("TagSpecification.1.Tag.1.Key", "Name"),
                Map.entry("TagSpecification.1.Tag.1.Value", "web"), Map.entry("MinCount", "2"), Map.entry("MaxCount", "2"),
                Map.entry("NetworkInterface.1.DeviceIndex", "0"), Map.entry("NetworkInterface.1.AssociatePublicIpAddress", "true"),
                Map.entry("NetworkInterface.1.SubnetId", "subnet-0a1b2c3d4e5f67890"),
                Map.entry("NetworkInterface.1.SecurityGroupId.1", "sg-0a1b2c3d4e5f67890"),
                Map.entry("UserData", "ZWNobyBoaQ=="), Map.entry("ClientToken", "f427c089")), WireDialect.EC2);

        assertThat(request.imageId()).isEqualTo("ami-0abcdef1234567890");
        assertThat(request.minCount()).isEqualTo(2);
        assertThat(request.tagSpecifications().get(0).tags().get(0).value()).isEqualTo("web");
        assertThat(request.networkInterfaces().get(0).associatePublicIpAddress()).isTrue();
        assertThat(request.networkInterfaces().get(0).groups()).containsExactly("sg-0a1b2c3d4e5f67890");
        assertThat(request.userData()).isEqualTo("ZWNobyBoaQ==");
    }

    @Test
    void filtersWithManyValuesKeepTheirOrder() {
        DescribeVpcsRequest request = (DescribeVpcsRequest) QueryBinder.bind(DescribeVpcsRequest.builder(), Map.of(
                "Filter.1.Name", "tag:Tier", "Filter.1.Value.1", "web", "Filter.1.Value.2", "db",
                "Filter.2.Name", "state", "Filter.2.Value.1", "available", "VpcId.1", "vpc-1", "VpcId.2", "vpc-2"), WireDialect.EC2);
        assertThat(request.filters()).hasSize(2);
        assertThat(request.filters().get(0).values()).containsExactly("web", "db");
        assertThat(request.vpcIds()).containsExactly("vpc-1", "vpc-2");
    }

    @Test
    void awsQueryMemberListsAndExplicitlyEmptyLists() {
        CreateLoadBalancerRequest request = (CreateLoadBalancerRequest) QueryBinder.bind(CreateLoadBalancerRequest.builder(), Map.of(
                "Name", "web", "Subnets.member.1", "subnet-1", "Subnets.member.2", "subnet-2", "SecurityGroups", "",
                "Tags.member.1.Key", "k", "Tags.member.1.Value", "v"), WireDialect.AWS_QUERY);
        assertThat(request.subnets()).containsExactly("subnet-1", "subnet-2");
        assertThat(request.securityGroups()).isEmpty();
        assertThat(request.hasSecurityGroups()).isTrue();
        assertThat(request.tags().get(0).key()).isEqualTo("k");
    }

    @Test
    void wrongTypesAndUnknownParametersAreAwsErrors() {
        assertThatThrownBy(() -> QueryBinder.bind(DescribeVpcsRequest.builder(), Map.of("MaxResults", "ten"), WireDialect.EC2))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameterValue"));
        assertThatThrownBy(() -> QueryBinder.bind(DescribeVpcsRequest.builder(), Map.of("DryRun", "yes"), WireDialect.EC2))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameterValue"));
        assertThatThrownBy(() -> QueryBinder.bind(DescribeVpcsRequest.builder(), Map.of("Filter.1.Colour", "x"), WireDialect.EC2))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo("UnknownParameter");
                    assertThat(e.getMessage()).contains("Filter.1.Colour");
                });
    }
}
