package dev.netsim.route53;

import static dev.netsim.route53.RecordSetWireTest.change;
import static dev.netsim.route53.RecordSetWireTest.set;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.CidrBlockSummary;
import software.amazon.awssdk.services.route53.model.CidrCollectionChange;
import software.amazon.awssdk.services.route53.model.CidrCollectionChangeAction;
import software.amazon.awssdk.services.route53.model.LocationSummary;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

class CidrCollectionWireTest extends NetsimIntegrationTest {

    private static CidrCollectionChange put(String location, String... cidrs) {
        return CidrCollectionChange.builder().locationName(location).action(CidrCollectionChangeAction.PUT).cidrList(cidrs).build();
    }

    private static ResourceRecordSet ipBased(String location, String value, String collection) {
        return set("www.example.com", "A", 60, value).toBuilder().setIdentifier(location)
                .cidrRoutingConfig(c -> c.collectionId(collection).locationName(location)).build();
    }

    @Test
    void collectionsHoldLocationsOfBlocksAndRouteIpBasedRecords() {
        var created = route53().createCidrCollection(r -> r.name("offices").callerReference("c1"));
        String id = created.collection().id();
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.collection().arn()).isEqualTo("arn:aws:route53:::cidrcollection/" + id);
        assertThat(created.collection().version()).isEqualTo(1L);
        route53().changeCidrCollection(r -> r.id(id).collectionVersion(1L).changes(put("office", "198.51.0.0/16"), put("lab", "198.51.100.0/24")));
        assertAwsError(() -> route53().changeCidrCollection(r -> r.id(id).collectionVersion(1L).changes(put("x", "10.0.0.0/24"))),
                "CidrCollectionVersionMismatchException", 409);
        assertAwsError(() -> route53().changeCidrCollection(r -> r.id(id).changes(put("x", "10.0.0.0/28"))), "InvalidInput", 400);
        assertAwsError(() -> route53().createCidrCollection(r -> r.name("offices").callerReference("c2")), "CidrCollectionAlreadyExistsException",
                400);

        assertThat(route53().listCidrCollections(r -> { }).cidrCollections()).singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(2L));
        assertThat(route53().listCidrLocations(r -> r.collectionId(id)).cidrLocations()).extracting(LocationSummary::locationName)
                .containsExactly("lab", "office");
        assertThat(route53().listCidrBlocks(r -> r.collectionId(id).locationName("office")).cidrBlocks()).extracting(CidrBlockSummary::cidrBlock)
                .containsExactly("198.51.0.0/16");
        assertAwsError(() -> route53().listCidrBlocks(r -> r.collectionId(id).locationName("nowhere")), "NoSuchCidrLocationException", 404);

        String zoneId = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        route53().changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(
                change(ChangeAction.CREATE, ipBased("office", "192.0.2.1", id)), change(ChangeAction.CREATE, ipBased("lab", "192.0.2.2", id)),
                change(ChangeAction.CREATE, ipBased("*", "192.0.2.3", id)))));
        assertAwsError(() -> route53().changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(
                change(ChangeAction.CREATE, ipBased("mars", "192.0.2.4", id))))), "InvalidChangeBatch", 400);
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("www.example.com").recordType(RRType.A)
                .edns0ClientSubnetIP("198.51.100.200").edns0ClientSubnetMask("32")).recordData()).containsExactly("192.0.2.2");
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("www.example.com").recordType(RRType.A)
                .edns0ClientSubnetIP("198.51.7.20")).recordData()).containsExactly("192.0.2.1");
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("www.example.com").recordType(RRType.A)).recordData())
                .containsExactly("192.0.2.3");

        assertAwsError(() -> route53().changeCidrCollection(r -> r.id(id).changes(CidrCollectionChange.builder().locationName("lab")
                .action(CidrCollectionChangeAction.DELETE_IF_EXISTS).cidrList("198.51.100.0/24").build())), "CidrBlockInUseException", 400);
        assertAwsError(() -> route53().deleteCidrCollection(r -> r.id(id)), "CidrCollectionInUseException", 400);
        assertAwsError(() -> route53().deleteCidrCollection(r -> r.id("00000000-0000-0000-0000-000000000000")), "NoSuchCidrCollectionException", 404);
    }
}
