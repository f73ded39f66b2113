package dev.netsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

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

    /** The body parses as XML: a character XML cannot carry was not written into it. */
    private static void assertWellFormed(HttpResponse<String> response) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(response.body())));
    }

    @Test
    void controlCharactersEchoedInAnErrorAreWrittenAsValidXml() throws Exception {
        for (String action : new String[] {"RunInstances%00", "Bogus%01", "DescribeVpcs%EF%BF%BF"}) {
            HttpResponse<String> response = ec2("Action=" + action);
            assertAwsError(response, 400, "InvalidAction", "is not valid for this web service");
            assertWellFormed(response);
        }
        HttpResponse<String> route53 = send(HttpRequest.newBuilder(endpoint().resolve("/2013-04-01/hostedzone?maxitems=%00")));
        assertAwsError(route53, 400, "InvalidInput", "maxitems");
        assertWellFormed(route53);
    }

    @Test
    void controlCharactersInStoredTextAreRefusedAndChangeNothing() throws Exception {
        String vpcId = ec2("Action=CreateVpc&CidrBlock=10.0.0.0%2F16").body().replaceAll("(?s).*<vpcId>([^<]+)</vpcId>.*", "$1");
        assertAwsError(ec2("Action=CreateTags&ResourceId.1=" + vpcId + "&Tag.1.Key=k&Tag.1.Value=a%01b"), 400,
                "InvalidParameterValue", "Tag.1.Value");
        assertAwsError(ec2("Action=CreateTags&ResourceId.1=" + vpcId + "&Tag.1.Key=k%00&Tag.1.Value=v"), 400,
                "InvalidParameterValue", "Tag.1.Key");
        HttpResponse<String> json = send(HttpRequest.newBuilder(endpoint().resolve("/api/ec2/actions/CreateTags"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Resources\": [\"" + vpcId + "\"], \"Tags\": [{\"Key\": \"k\", \"Value\": \"a\\u0000b\"}]}")));
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("InvalidParameterValue");

        HttpResponse<String> described = ec2("Action=DescribeVpcs&VpcId.1=" + vpcId);
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(described.body()).doesNotContain("<tagSet><item>");
        assertThat(ec2("Action=DescribeTags").statusCode()).isEqualTo(200);
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
    void filterValuesAreCappedAsAwsCapsThem() throws Exception {
        StringBuilder many = new StringBuilder("Action=DescribeVpcs&Filter.1.Name=tag%3AName");
        for (int i = 1; i <= 201; i++) {
            many.append("&Filter.1.Value.").append(i).append("=v").append(i);
        }
        assertAwsError(ec2(many.toString()), 400, "FilterLimitExceeded", "200");
        assertAwsError(ec2("Action=DescribeVpcs&Filter.1.Name=tag%3AName&Filter.1.Value.1=" + "a".repeat(900_000)), 400,
                "InvalidParameterValue", "at most 1024");
        // a value that kept a backtracking matcher busy for 15 s (WildcardPatternProperties pins the matcher itself)
        ec2("Action=CreateVpc&CidrBlock=10.0.0.0%2F16&TagSpecification.1.ResourceType=vpc&TagSpecification.1.Tag.1.Key=Name"
                + "&TagSpecification.1.Tag.1.Value=" + "a".repeat(40));
        HttpResponse<String> described = ec2("Action=DescribeVpcs&Filter.1.Name=tag%3AName&Filter.1.Value.1=*a*a*a*a*a*a*a*a*b");
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(described.body()).doesNotContain("<vpcId>");
    }

    private HttpResponse<String> signedFor(String region, String service, String body) throws Exception {
        return send(HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261201/" + region + "/" + service
                        + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void regionsAwsDoesNotHaveAreRefusedAsAwsRefusesThem() throws Exception {
        for (String region : new String[] {"x".repeat(29), "xx-nowhere-1", "..", "US-EAST-1"}) {
            HttpResponse<String> ec2 = signedFor(region, "ec2", "Action=DescribeVpcs&Version=2016-11-15");
            assertAwsError(ec2, 401, "AuthFailure", "Credential should be scoped to a valid region");
            HttpResponse<String> elb = signedFor(region, "elasticloadbalancing", "Action=DescribeTargetGroups&Version=2015-12-01");
            assertAwsError(elb, 403, "SignatureDoesNotMatch", "Credential should be scoped to a valid region");
        }
        assertThat(signedFor("eu-west-1", "ec2", "Action=DescribeVpcs&Version=2016-11-15").statusCode()).isEqualTo(200);
        HttpResponse<String> json = send(HttpRequest.newBuilder(endpoint().resolve("/api/ec2/actions/DescribeVpcs"))
                .header("Content-Type", "application/json").header("X-Netsim-Region", "xx-nowhere-1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("InvalidParameterValue").contains("xx-nowhere-1");
    }

    /** A body sent chunked, without a Content-Length. */
    private HttpResponse<String> chunked(String path, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(endpoint().resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
    }

    @Test
    void chunkedBodiesOverTheLimitAreRefusedOnEveryDoor() throws Exception {
        String big = "x".repeat(2_000_000);
        HttpResponse<String> query = chunked("/", "application/x-www-form-urlencoded", "Action=DescribeVpcs&Version=2016-11-15&Pad=" + big);
        HttpResponse<String> restXml = chunked("/2013-04-01/hostedzone", "application/xml", "<CreateHostedZoneRequest>" + big);
        HttpResponse<String> json = chunked("/api/ec2/actions/DescribeVpcs", "application/json", "{\"Pad\": \"" + big + "\"}");
        for (HttpResponse<String> response : List.of(query, restXml, json)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("exceeds the limit");
        }
        // within the limit, a chunked body is served as any other
        HttpResponse<String> small = chunked("/", "application/x-www-form-urlencoded", "Action=DescribeVpcs&Version=2016-11-15");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("<vpcSet>");
        HttpResponse<String> smallJson = chunked("/api/ec2/actions/DescribeVpcs", "application/json", "{}");
        assertThat(smallJson.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedPercentEncodingAndBadUtf8GetTheProtocolsEnvelope() throws Exception {
        // AWS's common error for a query string it cannot parse, with the status its documentation gives
        for (String body : new String[] {"Action=DescribeVpcs&Filter.1.Name=%ZZ", "Action=DescribeVpcs%", "Action=Describe%C3%28Vpcs"}) {
            HttpResponse<String> response = ec2(body);
            assertAwsError(response, 404, "MalformedQueryString", "not valid percent-encoded UTF-8");
            assertWellFormed(response);
        }
        HttpResponse<String> query = send(HttpRequest.newBuilder(endpoint().resolve("/?Action=DescribeVpcs&Version=2016-11-15&X=%C3%28")));
        assertAwsError(query, 404, "MalformedQueryString", "not valid percent-encoded UTF-8");
        HttpResponse<String> json = send(HttpRequest.newBuilder(endpoint().resolve("/api/ec2/vpcs?filter=%C3%28")));
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("InvalidParameterValue").contains("percent-encoded");
        HttpResponse<String> route53 = send(HttpRequest.newBuilder(endpoint().resolve("/2013-04-01/hostedzone?maxitems=%C3%28")));
        assertThat(route53.statusCode()).isEqualTo(400);
        assertThat(route53.body()).startsWith("<?xml").contains("<Code>InvalidInput</Code>");
    }

    @Test
    void requiredMembersOfNestedStructuresAreCheckedToo() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("Action=CreateTargetGroup&Version=2015-12-01&Name=web&Tags.member.1.Value=v")));
        assertAwsError(response, 400, "ValidationError", "Value null at 'tags.member.1.key' failed to satisfy constraint: Member must not be null");
    }
}
