package dev.netsim.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.netsim.NetsimApplication;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** {@code netsim.storage=file}: state lives in an H2 file and survives a restart. */
class FileStorageTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NetsimApplication.class).run(
                "--netsim.storage=file", "--netsim.data-dir=" + dataDir, "--server.port=0", "--server.address=127.0.0.1");
    }

    private static Ec2Client ec2(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return Ec2Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Test
    void stateSurvivesARestart() {
        String vpcId;
        String defaultVpcId;
        try (ConfigurableApplicationContext app = start()) {
            vpcId = ec2(app).createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
            defaultVpcId = ec2(app).describeVpcs(r -> r.filters(f -> f.name("is-default").values("true"))).vpcs().get(0).vpcId();
        }
        assertThat(dataDir.resolve("netsim.mv.db")).exists();
        try (ConfigurableApplicationContext app = start()) {
            var vpcs = ec2(app).describeVpcs().vpcs();
            assertThat(vpcs).extracting(v -> v.vpcId()).containsExactlyInAnyOrder(vpcId, defaultVpcId);
        }
    }
}
