package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.cloudfront.model.NoSuchDistributionException;

class DistributionWireTest extends NetsimIntegrationTest {

    @Test
    void listDistributionsOfAnEmptyAccount() {
        var list = cloudFront().listDistributions().distributionList();
        assertThat(list.quantity()).isZero();
        assertThat(list.isTruncated()).isFalse();
        assertThat(list.maxItems()).isEqualTo(100);
        assertThat(list.items()).isEmpty();
    }

    @Test
    void getUnknownDistributionIsNoSuchDistribution() {
        var e = assertAwsError(() -> cloudFront().getDistribution(r -> r.id("EDFDVBD632BHDS5")), "NoSuchDistribution", 404);
        assertThat(e).isInstanceOf(NoSuchDistributionException.class);
    }

    @Test
    void listDistributionsRendersTheCloudFrontShape() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/2020-05-31/distribution?MaxItems=10")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<DistributionList xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">")
                .contains("<Quantity>0</Quantity>").contains("<MaxItems>10</MaxItems>").doesNotContain("<Items>");
        HttpResponse<String> bad = send(HttpRequest.newBuilder(endpoint().resolve("/2020-05-31/distribution?MaxItems=ten")).GET());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<Code>InvalidArgument</Code>");
    }

    @Test
    void operationsNotYetBuiltSayTheyAreUnsupported() {
        assertAwsError(() -> cloudFront().listTrustStores(r -> { }), "InvalidAction", 400);
    }
}
