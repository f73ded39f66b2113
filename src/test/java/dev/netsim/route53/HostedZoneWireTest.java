package dev.netsim.route53;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;
import software.amazon.awssdk.services.route53.model.VPCRegion;

class HostedZoneWireTest extends NetsimIntegrationTest {

    private CreateHostedZoneResponse create(String name, String reference) {
        return route53().createHostedZone(r -> r.name(name).callerReference(reference).hostedZoneConfig(c -> c.comment("demo")));
    }

    @Test
    void createHostedZoneAnswers201WithLocationDelegationSetAndChange() {
        CreateHostedZoneResponse created = create("example.com", "ref-1");

        HostedZone zone = created.hostedZone();
        assertThat(zone.id()).matches("Z[A-Z0-9]{20}"); // the SDK strips the /hostedzone/ prefix Netsim sends
        assertThat(zone.name()).isEqualTo("example.com.");
        assertThat(zone.callerReference()).isEqualTo("ref-1");
        assertThat(zone.config().comment()).isEqualTo("demo");
        assertThat(zone.config().privateZone()).isFalse();
        assertThat(zone.resourceRecordSetCount()).isEqualTo(2);
        assertThat(created.location()).isEqualTo("https://route53.amazonaws.com/2013-04-01/hostedzone/" + zone.id());
        assertThat(created.changeInfo().statusAsString()).isEqualTo("PENDING");
        assertThat(created.changeInfo().id()).matches("C[A-Z0-9]{20}");
        assertThat(created.delegationSet().nameServers()).hasSize(4)
                .allSatisfy(ns -> assertThat(ns).matches("ns-\\d+\\.awsdns-\\d{2}\\.(com|net|org|co\\.uk)"));
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
    }

    @Test
    void getListAndDeleteHostedZones() {
        String a = create("a.example.com", "ref-a").hostedZone().id();
        String b = create("b.example.com", "ref-b").hostedZone().id();
        create("c.example.com", "ref-c");

        assertThat(route53().getHostedZone(r -> r.id(a)).hostedZone().name()).isEqualTo("a.example.com.");
        assertThat(route53().getHostedZone(r -> r.id("/hostedzone/" + a)).delegationSet().nameServers()).hasSize(4);
        assertThat(route53().listHostedZones().hostedZones()).hasSize(3);

        var page1 = route53().listHostedZones(r -> r.maxItems("2"));
        assertThat(page1.hostedZones()).hasSize(2);
        assertThat(page1.isTruncated()).isTrue();
        var page2 = route53().listHostedZones(r -> r.maxItems("2").marker(page1.nextMarker()));
        assertThat(page2.hostedZones()).hasSize(1);
        assertThat(page2.isTruncated()).isFalse();
        assertThat(route53().listHostedZonesPaginator(r -> r.maxItems("1")).hostedZones().stream().count()).isEqualTo(3);

        assertThat(route53().deleteHostedZone(r -> r.id(b)).changeInfo().statusAsString()).isEqualTo("PENDING");
        var e = assertAwsError(() -> route53().getHostedZone(r -> r.id(b)), "NoSuchHostedZone", 404);
        assertThat(e).isInstanceOf(NoSuchHostedZoneException.class);
        assertAwsError(() -> route53().deleteHostedZone(r -> r.id(b)), "NoSuchHostedZone", 404);
        assertAwsError(() -> route53().listHostedZones(r -> r.maxItems("lots")), "InvalidInput", 400);
    }

    @Test
    void callerReferencesAndNamesAreChecked() {
        create("example.com", "ref-1");
        assertAwsError(() -> create("example.org", "ref-1"), "HostedZoneAlreadyExists", 409);
        assertAwsError(() -> create("com", "ref-2"), "InvalidDomainName", 400);
        assertAwsError(() -> create("bad..example.com", "ref-3"), "InvalidDomainName", 400);
        assertAwsError(() -> create("-bad.example.com", "ref-4"), "InvalidDomainName", 400);
        assertThat(route53().listHostedZones().hostedZones()).hasSize(1);
    }

    @Test
    void privateZonesNeedAnExistingVpc() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        var created = route53().createHostedZone(r -> r.name("internal.example").callerReference("p1")
                .vpc(v -> v.vpcId(vpcId).vpcRegion(VPCRegion.US_EAST_1)));
        assertThat(created.hostedZone().config().privateZone()).isTrue();
        assertThat(created.vpc().vpcId()).isEqualTo(vpcId);
        assertThat(route53().getHostedZone(r -> r.id(created.hostedZone().id())).vpCs()).hasSize(1);
        assertAwsError(() -> route53().createHostedZone(r -> r.name("other.example").callerReference("p2")
                .vpc(v -> v.vpcId("vpc-0123456789abcdef0").vpcRegion(VPCRegion.US_EAST_1))), "InvalidVPCId", 400);
    }

    @Test
    void hostedZonesAreGlobalPerAccount() {
        String id = create("example.com", "ref-1").hostedZone().id();
        assertThat(route53(ACCOUNT_A).listHostedZones().hostedZones()).isEmpty();
        assertAwsError(() -> route53(ACCOUNT_A).getHostedZone(r -> r.id(id)), "NoSuchHostedZone", 404);
    }

    @Test
    void theCliFormWithoutContentTypeAndWithAStrippedIdWorks() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(endpoint().resolve("/2013-04-01/hostedzone"))
                .POST(HttpRequest.BodyPublishers.ofString("<CreateHostedZoneRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
                        + "<Name>example.com</Name><CallerReference>ref-1</CallerReference><HostedZoneConfig><Comment>demo</Comment>"
                        + "<PrivateZone>false</PrivateZone></HostedZoneConfig></CreateHostedZoneRequest>")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        assertThat(created.body()).contains("<CreateHostedZoneResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">")
                .contains("<Id>/hostedzone/Z").contains("<Id>/change/C").contains("<NameServers><NameServer>");
    }

    @Test
    void entityBombsAndBrokenXmlAreRefusedWithInvalidInput() throws Exception {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<CreateHostedZoneRequest><Name>&lol3;</Name><CallerReference>x</CallerReference></CreateHostedZoneRequest>";
        for (String body : new String[] {bomb, "<CreateHostedZoneRequest><Name>", "not xml at all"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/2013-04-01/hostedzone"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("<Code>InvalidInput</Code>").contains("<ErrorResponse");
        }
        HttpResponse<String> external = send(HttpRequest.newBuilder(endpoint().resolve("/2013-04-01/hostedzone"))
                .POST(HttpRequest.BodyPublishers.ofString("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<CreateHostedZoneRequest><Name>&xxe;</Name><CallerReference>y</CallerReference></CreateHostedZoneRequest>")));
        assertThat(external.statusCode()).isEqualTo(400);
        assertThat(external.body()).doesNotContain("root:");
        assertThat(route53().listHostedZones().hostedZones()).isEmpty();
    }

    @Test
    void emptyBodyAndUnknownRoutesGetRoute53Errors() throws Exception {
        HttpResponse<String> empty = send(HttpRequest.newBuilder(endpoint().resolve("/2013-04-01/hostedzone"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("<Code>InvalidInput</Code>");

        // a path no operation has
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(endpoint().resolve("/2013-04-01/no-such-thing")).GET());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("<Code>InvalidAction</Code>");
    }

    @Test
    void listByNameCountAndComment() {
        String b = create("b.example.com", "r1").hostedZone().id();
        create("example.org", "r2");
        create("a.example.com", "r3");
        create("example.com", "r4");
        assertThat(route53().listHostedZonesByName().hostedZones()).extracting(HostedZone::name)
                .containsExactly("example.com.", "a.example.com.", "b.example.com.", "example.org.");
        var page = route53().listHostedZonesByName(r -> r.dnsName("a.example.com").maxItems("2"));
        assertThat(page.hostedZones()).extracting(HostedZone::name).containsExactly("a.example.com.", "b.example.com.");
        assertThat(page.isTruncated()).isTrue();
        assertThat(page.nextDNSName()).isEqualTo("example.org.");
        assertThat(page.dnsName()).isEqualTo("a.example.com");
        assertAwsError(() -> route53().listHostedZonesByName(r -> r.hostedZoneId(b)), "InvalidInput", 400);

        assertThat(route53().getHostedZoneCount().hostedZoneCount()).isEqualTo(4);
        assertThat(route53().updateHostedZoneComment(r -> r.id(b).comment("new words")).hostedZone().config().comment()).isEqualTo("new words");
        assertThat(route53().getHostedZone(r -> r.id(b)).hostedZone().config().comment()).isEqualTo("new words");
    }

    @Test
    void privateZonesAssociateWithMoreVpcsAndKeepOne() {
        String first = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String second = ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String zoneId = route53().createHostedZone(r -> r.name("internal.example").callerReference("p1")
                .vpc(v -> v.vpcId(first).vpcRegion(VPCRegion.US_EAST_1))).hostedZone().id();
        assertThat(route53().associateVPCWithHostedZone(r -> r.hostedZoneId(zoneId).vpc(v -> v.vpcId(second).vpcRegion(VPCRegion.US_EAST_1)))
                .changeInfo().statusAsString()).isEqualTo("PENDING");
        assertThat(route53().getHostedZone(r -> r.id(zoneId)).vpCs()).extracting(v -> v.vpcId()).containsExactlyInAnyOrder(first, second);
        assertThat(route53().listHostedZonesByVPC(r -> r.vpcId(second).vpcRegion(VPCRegion.US_EAST_1)).hostedZoneSummaries())
                .singleElement().satisfies(z -> assertThat(z.name()).isEqualTo("internal.example."));
        assertAwsError(() -> route53().associateVPCWithHostedZone(r -> r.hostedZoneId(zoneId).vpc(v -> v.vpcId(second).vpcRegion(VPCRegion.US_EAST_1))),
                "ConflictingDomainExists", 400);
        assertAwsError(() -> route53().createHostedZone(r -> r.name("internal.example").callerReference("p2")
                .vpc(v -> v.vpcId(first).vpcRegion(VPCRegion.US_EAST_1))), "ConflictingDomainExists", 400);

        route53().disassociateVPCFromHostedZone(r -> r.hostedZoneId(zoneId).vpc(v -> v.vpcId(first).vpcRegion(VPCRegion.US_EAST_1)));
        assertAwsError(() -> route53().disassociateVPCFromHostedZone(r -> r.hostedZoneId(zoneId).vpc(v -> v.vpcId(first).vpcRegion(VPCRegion.US_EAST_1))),
                "VPCAssociationNotFound", 404);
        assertAwsError(() -> route53().disassociateVPCFromHostedZone(r -> r.hostedZoneId(zoneId).vpc(v -> v.vpcId(second).vpcRegion(VPCRegion.US_EAST_1))),
                "LastVPCAssociation", 400);
        String publicZone = create("example.com", "pub").hostedZone().id();
        assertAwsError(() -> route53().associateVPCWithHostedZone(r -> r.hostedZoneId(publicZone).vpc(v -> v.vpcId(first).vpcRegion(VPCRegion.US_EAST_1))),
                "PublicZoneVPCAssociation", 400);
    }
}
