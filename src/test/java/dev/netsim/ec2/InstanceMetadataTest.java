package dev.netsim.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.Instance;

/** IMDSv1 and IMDSv2 as an instance would call them, addressed by path prefix or header. */
class InstanceMetadataTest extends NetsimIntegrationTest {

    private Instance instance;
    private String subnetId;

    @BeforeEach
    void launch() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        subnetId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        instance = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").instanceType("t3.micro").minCount(1).maxCount(1)
                .subnetId(subnetId).userData("IyEvYmluL3NoCmVjaG8gaGk=")).instances().get(0);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint().resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private String token(String ttl) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/imds/" + instance.instanceId() + "/latest/api/token"))
                .header("X-aws-ec2-metadata-token-ttl-seconds", ttl).PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-aws-ec2-metadata-token-ttl-seconds")).hasValue(ttl);
        return response.body();
    }

    private String base() {
        return "/imds/" + instance.instanceId() + "/latest/";
    }

    @Test
    void imdsV1ServesTheMainPaths() throws Exception {
        assertThat(get(base() + "meta-data/instance-id").body()).isEqualTo(instance.instanceId());
        assertThat(get(base() + "meta-data/local-ipv4").body()).isEqualTo(instance.privateIpAddress());
        assertThat(get(base() + "meta-data/instance-type").body()).isEqualTo("t3.micro");
        assertThat(get(base() + "meta-data/placement/availability-zone").body()).isEqualTo("us-east-1a");
        assertThat(get(base() + "meta-data/security-groups").body()).isEqualTo("default");
        assertThat(get(base() + "meta-data/public-ipv4").statusCode()).isEqualTo(404);
        assertThat(get(base() + "meta-data/").body()).contains("instance-id", "placement/", "network/");
        String mac = get(base() + "meta-data/mac").body();
        assertThat(get(base() + "meta-data/network/interfaces/macs/").body()).isEqualTo(mac + "/");
        assertThat(get(base() + "meta-data/network/interfaces/macs/" + mac + "/subnet-id").body()).isEqualTo(subnetId);
        assertThat(get(base() + "meta-data/network/interfaces/macs/" + mac + "/vpc-ipv4-cidr-block").body()).isEqualTo("10.0.0.0/16");
        assertThat(get(base() + "user-data").body()).isEqualTo("#!/bin/sh\necho hi");
        assertThat(get(base() + "dynamic/instance-identity/document").body()).contains("\"instanceId\" : \"" + instance.instanceId() + "\"")
                .contains("\"region\" : \"us-east-1\"");
        assertThat(get("/latest/meta-data/instance-id", "X-Netsim-Instance-Id", instance.instanceId()).body()).isEqualTo(instance.instanceId());
        assertThat(get(base() + "meta-data/no-such-thing").statusCode()).isEqualTo(404);
        assertThat(get("/imds/i-0123456789abcdef0/latest/meta-data/instance-id").statusCode()).isEqualTo(404);
    }

    @Test
    void imdsV2TokensAndRequiredMode() throws Exception {
        String token = token("300");
        assertThat(get(base() + "meta-data/instance-id", "X-aws-ec2-metadata-token", token).body()).isEqualTo(instance.instanceId());
        assertThat(get(base() + "meta-data/instance-id", "X-aws-ec2-metadata-token", "forged").statusCode()).isEqualTo(401);

        ec2().modifyInstanceMetadataOptions(r -> r.instanceId(instance.instanceId()).httpTokens("required"));
        assertThat(get(base() + "meta-data/instance-id").statusCode()).isEqualTo(401);
        assertThat(get(base() + "meta-data/instance-id", "X-aws-ec2-metadata-token", token).statusCode()).isEqualTo(200);

        HttpResponse<String> noTtl = send(HttpRequest.newBuilder(endpoint().resolve(base() + "api/token")).PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(noTtl.statusCode()).isEqualTo(400);
        HttpResponse<String> tooLong = send(HttpRequest.newBuilder(endpoint().resolve(base() + "api/token"))
                .header("X-aws-ec2-metadata-token-ttl-seconds", "21601").PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(tooLong.statusCode()).isEqualTo(400);

        ec2().modifyInstanceMetadataOptions(r -> r.instanceId(instance.instanceId()).httpEndpoint("disabled"));
        assertThat(get(base() + "meta-data/instance-id", "X-aws-ec2-metadata-token", token).statusCode()).isEqualTo(403);
    }

    @Test
    void onlyRunningInstancesAnswer() throws Exception {
        ec2().stopInstances(r -> r.instanceIds(instance.instanceId()));
        assertThat(get(base() + "meta-data/instance-id").statusCode()).isEqualTo(404);
    }
}
