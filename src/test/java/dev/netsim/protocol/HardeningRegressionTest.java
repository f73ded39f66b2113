package dev.netsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;

/** The exact inputs that once broke Netsim (issue 9), each pinned to the AWS error it now gets. */
class HardeningRegressionTest extends NetsimIntegrationTest {

    private HttpResponse<String> ec2(String body) throws Exception {
        return send(HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("Version=2016-11-15&" + body)));
    }

    private static void assertAwsError(HttpResponse<String> response, int status, String code, String messagePart) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("<Code>" + code + "</Code>").contains(messagePart);
    }

    @Test
    void requiredMembersMissingFromTheModelGetMissingParameter() throws Exception {
        assertAwsError(ec2("Action=AttachNetworkInterface&NetworkInterfaceId=eni-0123456789abcdef0&DeviceIndex=1"), 400,
                "MissingParameter", "The request must contain the parameter InstanceId");
        assertAwsError(ec2("Action=ModifyInstanceMetadataOptions&HttpTokens=required"), 400,
                "MissingParameter", "The request must contain the parameter InstanceId");
        // the first required member the model lists, for an action whose handler never looked
        assertAwsError(ec2("Action=AttachNetworkInterface"), 400, "MissingParameter", "The request must contain the parameter");
    }

    @Test
    void describeVpcEndpointServicesRefusesAPageOfNoneOrLess() throws Exception {
        for (String size : new String[] {"0", "-1"}) {
            assertAwsError(ec2("Action=DescribeVpcEndpointServices&MaxResults=" + size), 400, "InvalidParameterValue", "MaxResults");
        }
        assertThat(ec2("Action=DescribeVpcEndpointServices&MaxResults=5000").statusCode()).isEqualTo(200);
    }

    @Test
    void requiredMembersOfNestedStructuresAreCheckedToo() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("Action=CreateTargetGroup&Version=2015-12-01&Name=web&Tags.member.1.Value=v")));
        assertAwsError(response, 400, "MissingParameter", "The request must contain the parameter Tags.member.1.Key");
    }
}
