package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static dev.netsim.support.Concurrently.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;

/** Anycast static IP lists: 3 or 21 addresses each, never one address in two lists, kept while a distribution is served on them. */
class AnycastIpListWireTest extends NetsimIntegrationTest {

    @Test
    void listsHoldTheirOwnAddressesAndAreKeptWhileUsed() {
        var created = cloudFront().createAnycastIpList(r -> r.name("static").ipCount(3));
        var list = created.anycastIpList();
        assertThat(list.id()).startsWith("aip_");
        assertThat(list.anycastIps()).hasSize(3).allMatch(ip -> ip.startsWith("13.33."));
        assertThat(list.arn()).isEqualTo("arn:aws:cloudfront::000000000000:anycast-ip-list/" + list.id());
        assertAwsError(() -> cloudFront().createAnycastIpList(r -> r.name("static").ipCount(3)), "EntityAlreadyExists", 409);
        assertAwsError(() -> cloudFront().createAnycastIpList(r -> r.name("four").ipCount(4)), "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().createAnycastIpList(r -> r.name("six").ipCount(3).ipAddressType("ipv6")), "UnsupportedOperation", 400);
        assertThat(cloudFront().getAnycastIpList(r -> r.id(list.id())).anycastIpList().anycastIps()).isEqualTo(list.anycastIps());
        assertThat(cloudFront().listAnycastIpLists(r -> { }).anycastIpLists().items()).singleElement()
                .satisfies(s -> assertThat(s.ipCount()).isEqualTo(3));

        var base = DistributionLifecycleWireTest.config("anycast");
        String d = cloudFront().createDistribution(r -> r.distributionConfig(base.toBuilder().anycastIpListId(list.id()).build())).distribution().id();
        assertThat(cloudFront().listDistributionsByAnycastIpListId(r -> r.anycastIpListId(list.id())).distributionList().items())
                .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(d));
        assertAwsError(() -> cloudFront().deleteAnycastIpList(r -> r.id(list.id()).ifMatch(created.eTag())), "CannotDeleteEntityWhileInUse", 409);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(base.toBuilder().callerReference("none")
                .anycastIpListId("aip_none").build())), "EntityNotFound", 404);
    }

    @Test
    void concurrentListsNeverShareAnAddress() throws Exception {
        AtomicInteger n = new AtomicInteger();
        List<String> ids = outcomes(5, () -> cloudFront().createAnycastIpList(r -> r.name("list-" + n.incrementAndGet()).ipCount(21))
                .anycastIpList().id());
        assertThat(ids).allMatch(id -> id.startsWith("aip_"));
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (String id : ids) {
            List<String> ips = cloudFront().getAnycastIpList(r -> r.id(id)).anycastIpList().anycastIps();
            total += ips.size();
            seen.addAll(ips);
        }
        assertThat(seen).hasSize(total).hasSize(105);
        assertAwsError(() -> cloudFront().createAnycastIpList(r -> r.name("sixth").ipCount(3)), "EntityLimitExceeded", 400);
    }

    @Test
    void resourcePoliciesAttachToShareableResources() {
        String arn = cloudFront().createAnycastIpList(r -> r.name("shared").ipCount(3)).anycastIpList().arn();
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111111111111\"},"
                + "\"Action\":\"cloudfront:GetAnycastIpList\",\"Resource\":\"" + arn + "\"}]}";
        assertAwsError(() -> cloudFront().getResourcePolicy(r -> r.resourceArn(arn)), "EntityNotFound", 404);
        assertThat(cloudFront().putResourcePolicy(r -> r.resourceArn(arn).policyDocument(policy)).resourceArn()).isEqualTo(arn);
        assertThat(cloudFront().getResourcePolicy(r -> r.resourceArn(arn)).policyDocument()).isEqualTo(policy);
        assertAwsError(() -> cloudFront().putResourcePolicy(r -> r.resourceArn(arn).policyDocument("not json")), "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().putResourcePolicy(r -> r.resourceArn("arn:aws:cloudfront::000000000000:anycast-ip-list/aip_none")
                .policyDocument(policy)), "EntityNotFound", 404);
        cloudFront().deleteResourcePolicy(r -> r.resourceArn(arn));
        assertAwsError(() -> cloudFront().deleteResourcePolicy(r -> r.resourceArn(arn)), "EntityNotFound", 404);
    }

    @Test
    void connectionGroupsHaveTheirOwnEndpointAndAreDeletedOnlyWhenDisabled() {
        String list = cloudFront().createAnycastIpList(r -> r.name("for-groups").ipCount(3)).anycastIpList().id();
        var created = cloudFront().createConnectionGroup(r -> r.name("tenants").anycastIpListId(list)
                .tags(t -> t.items(software.amazon.awssdk.services.cloudfront.model.Tag.builder().key("team").value("saas").build())));
        var group = created.connectionGroup();
        assertThat(group.id()).startsWith("cg_");
        assertThat(group.routingEndpoint()).matches("d[a-z0-9]{13}\\.cloudfront\\.net");
        assertThat(group.enabled()).isTrue();
        assertAwsError(() -> cloudFront().createConnectionGroup(r -> r.name("tenants")), "EntityAlreadyExists", 409);
        assertAwsError(() -> cloudFront().createConnectionGroup(r -> r.name("other").anycastIpListId("aip_none")), "EntityNotFound", 404);
        assertThat(cloudFront().getConnectionGroup(r -> r.identifier("tenants")).connectionGroup().id()).isEqualTo(group.id());
        assertThat(cloudFront().getConnectionGroup(r -> r.identifier(group.arn())).connectionGroup().id()).isEqualTo(group.id());
        assertThat(cloudFront().getConnectionGroupByRoutingEndpoint(r -> r.routingEndpoint(group.routingEndpoint())).connectionGroup().name())
                .isEqualTo("tenants");
        assertThat(cloudFront().listConnectionGroups(r -> r.associationFilter(f -> f.anycastIpListId(list))).connectionGroups())
                .singleElement().satisfies(s -> assertThat(s.anycastIpListId()).isEqualTo(list));
        assertThat(cloudFront().listTagsForResource(r -> r.resource(group.arn())).tags().items()).hasSize(1);
        String listEtag = cloudFront().getAnycastIpList(r -> r.id(list)).eTag();
        assertAwsError(() -> cloudFront().deleteAnycastIpList(r -> r.id(list).ifMatch(listEtag)), "CannotDeleteEntityWhileInUse", 409);

        assertAwsError(() -> cloudFront().deleteConnectionGroup(r -> r.id(group.id()).ifMatch(created.eTag())), "ResourceNotDisabled", 409);
        var disabled = cloudFront().updateConnectionGroup(r -> r.id(group.id()).ifMatch(created.eTag()).enabled(false));
        assertThat(disabled.connectionGroup().anycastIpListId()).isEqualTo(list);
        cloudFront().deleteConnectionGroup(r -> r.id(group.id()).ifMatch(disabled.eTag()));
        assertAwsError(() -> cloudFront().getConnectionGroup(r -> r.identifier(group.id())), "EntityNotFound", 404);
    }
}
