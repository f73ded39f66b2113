package dev.netsim.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every filter the EC2 API documents for a Describe call that Netsim answers is accepted by it.
 * The list (src/test/resources/ec2-describe-filters.json) is taken from botocore's EC2 model, the
 * filter names of each operation's Filters documentation; "tag" stands for tag:&lt;key&gt;.
 */
class DescribeFilterCoverageTest extends NetsimIntegrationTest {

    @Test
    void everyDocumentedFilterIsAccepted() throws Exception {
        Map<String, List<String>> documented;
        try (InputStream in = getClass().getResourceAsStream("/ec2-describe-filters.json")) {
            documented = JsonMapper.builder().build().readValue(in, new TypeReference<Map<String, List<String>>>() { });
        }
        List<String> refused = new ArrayList<>();
        for (var operation : documented.entrySet()) {
            for (String filter : operation.getValue()) {
                String name = filter.equals("tag") ? "tag:Name" : filter;
                HttpResponse<String> response = describe(operation.getKey(), name);
                if (response.statusCode() != 200) {
                    refused.add(operation.getKey() + " " + name + ": " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(documented).hasSizeGreaterThan(30);
    }

    @Test
    void anUnknownFilterIsRefusedNamingIt() throws Exception {
        HttpResponse<String> response = describe("DescribeVpcs", "colour");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidParameterValue</Code>").contains("colour");
    }

    private HttpResponse<String> describe(String action, String filter) throws Exception {
        String form = "Action=" + action + "&Version=2016-11-15&Filter.1.Name=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)
                + "&Filter.1.Value.1=x";
        return send(HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
