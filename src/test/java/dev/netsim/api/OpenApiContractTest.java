package dev.netsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;

/**
 * {@code openapi/netsim.yaml} is the published JSON API contract: it must equal what the running
 * app serves. After changing the JSON API, run the build with {@code -Dnetsim.openapi.update=true}
 * once to rewrite the file, then review and commit it.
 */
class OpenApiContractTest extends NetsimIntegrationTest {

    private static final Path PUBLISHED = Path.of("openapi/netsim.yaml");

    @Test
    void publishedSpecMatchesTheGeneratedOne() throws Exception {
        String generated = send(HttpRequest.newBuilder(endpoint().resolve("/v3/api-docs.yaml")).GET()).body();
        assertThat(generated).contains("/api/ec2/vpcs").contains("/api/ec2/subnets").contains("/api/reset");
        if (Boolean.getBoolean("netsim.openapi.update")) {
            Files.writeString(PUBLISHED, generated);
        }
        Path actual = Path.of("target/netsim-generated.yaml");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, generated);
        assertThat(Files.exists(PUBLISHED)).as("openapi/netsim.yaml exists").isTrue();
        assertThat(Files.readString(PUBLISHED))
                .as("openapi/netsim.yaml differs from the served spec (see target/netsim-generated.yaml); "
                        + "rerun with -Dnetsim.openapi.update=true to regenerate it")
                .isEqualTo(generated);
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        var response = send(HttpRequest.newBuilder(endpoint().resolve("/swagger-ui/index.html")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("swagger");
        assertThat(send(HttpRequest.newBuilder(endpoint().resolve("/swagger-ui.html")).GET()).statusCode()).isIn(200, 302);
    }
}
