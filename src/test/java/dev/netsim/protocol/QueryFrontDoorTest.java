package dev.netsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;

/** What no SDK sends, but a curl user or a broken client might: the query door must answer with AWS errors. */
class QueryFrontDoorTest extends NetsimIntegrationTest {

    private HttpResponse<String> post(String body) throws Exception {
        return send(HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void missingActionAndVersionAreReported() throws Exception {
        HttpResponse<String> noAction = post("Version=2016-11-15");
        assertThat(noAction.statusCode()).isEqualTo(400);
        assertThat(noAction.body()).contains("<Code>MissingAction</Code>").contains("<RequestID>");

        HttpResponse<String> noVersion = post("Action=DescribeVpcs");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("<Code>MissingParameter</Code>");

        HttpResponse<String> empty = post("");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("<Code>MissingAction</Code>");
    }

    @Test
    void browsersGetALandingPageAndAwsClientsTheirError() throws Exception {
        HttpResponse<String> browser = send(HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(browser.body()).contains("href=\"/swagger-ui.html\"").contains("href=\"/actuator/health\"");

        HttpResponse<String> client = send(HttpRequest.newBuilder(endpoint().resolve("/")));
        assertThat(client.statusCode()).isEqualTo(400);
        assertThat(client.body()).contains("<Code>MissingAction</Code>");
        HttpResponse<String> browserWithAction = send(HttpRequest.newBuilder(endpoint().resolve("/?Action=DescribeVpcs&Version=2016-11-15"))
                .header("Accept", "text/html"));
        assertThat(browserWithAction.body()).contains("<DescribeVpcsResponse");
    }

    @Test
    void unsupportedActionsSayNetsimDoesNotSupportThemYet() throws Exception {
        HttpResponse<String> response = post("Action=CreateFlyingCar&Version=2016-11-15");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidAction</Code>").contains("CreateFlyingCar").contains("Netsim does not support it yet");
    }

    @Test
    void unknownVersionsAndParametersAreRejected() throws Exception {
        assertThat(post("Action=DescribeLoadBalancers&Version=2012-06-01").body()).contains("<Code>NoSuchVersion</Code>");
        HttpResponse<String> unknownParameter = post("Action=DescribeVpcs&Version=2016-11-15&Colour=red");
        assertThat(unknownParameter.statusCode()).isEqualTo(400);
        assertThat(unknownParameter.body()).contains("<Code>UnknownParameter</Code>").contains("Colour");
    }

    @Test
    void wrongTypesAreInvalidParameterValues() throws Exception {
        HttpResponse<String> response = post("Action=DescribeVpcs&Version=2016-11-15&MaxResults=many");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidParameterValue</Code>");
        assertThat(post("Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16&DryRun=maybe").body())
                .contains("<Code>InvalidParameterValue</Code>");
    }

    @Test
    void getWithAQueryStringWorksAndSpaceArrivesAsPlus() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/?Action=DescribeVpcs&Version=2016-11-15")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
        assertThat(response.body()).contains("<DescribeVpcsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">")
                .contains("<requestId>").contains("<vpcSet><item>").contains("<isDefault>true</isDefault>");

        HttpResponse<String> tagged = post("Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16"
                + "&TagSpecification.1.ResourceType=vpc&TagSpecification.1.Tag.1.Key=Name&TagSpecification.1.Tag.1.Value=my+vpc");
        assertThat(tagged.body()).contains("<value>my vpc</value>");
    }

    @Test
    void actionsWithoutOutputAnswerReturnTrue() throws Exception {
        HttpResponse<String> created = post("Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16");
        String vpcId = created.body().replaceAll("(?s).*<vpcId>([^<]+)</vpcId>.*", "$1");
        HttpResponse<String> deleted = post("Action=DeleteVpc&Version=2016-11-15&VpcId=" + vpcId);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).contains("<DeleteVpcResponse").contains("<return>true</return>");
    }

    @Test
    void oversizedBodiesAreRefusedWith413() throws Exception {
        HttpResponse<String> response = post("Action=DescribeVpcs&Version=2016-11-15&Pad=" + "x".repeat(2_000_000));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("exceeds the limit");
    }

    @Test
    void accountComesFromATwelveDigitAccessKeyAndRegionFromTheScope() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=123456789012/20261122/eu-west-1/ec2/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date, Signature=abc")
                .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeSubnets&Version=2016-11-15")));
        assertThat(response.body()).contains("<ownerId>123456789012</ownerId>").contains("eu-west-1a").doesNotContain("us-east-1");
    }
}
