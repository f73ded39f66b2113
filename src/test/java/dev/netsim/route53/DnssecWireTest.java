package dev.netsim.route53;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;

/** DNSSEC signing of a public zone: key-signing keys with their DNSKEY and DS records, activation, and the signing status. */
class DnssecWireTest extends NetsimIntegrationTest {

    private static final String KMS = "arn:aws:kms:us-east-1:000000000000:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    @Test
    void keysSignAZoneOnceOneIsActive() {
        String zone = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        var created = route53().createKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_one").keyManagementServiceArn(KMS).status("INACTIVE")
                .callerReference("k1"));
        var key = created.keySigningKey();
        assertThat(key.flag()).isEqualTo(257);
        assertThat(key.signingAlgorithmType()).isEqualTo(13);
        assertThat(key.dnskeyRecord()).startsWith("257 3 13 ");
        assertThat(key.dsRecord()).startsWith(key.keyTag() + " 13 2 ");
        assertThat(key.digestValue()).matches("[0-9A-F]{64}");
        assertThat(created.changeInfo().statusAsString()).isEqualTo("PENDING");

        assertAwsError(() -> route53().enableHostedZoneDNSSEC(r -> r.hostedZoneId(zone)), "KeySigningKeyWithActiveStatusNotFound", 400);
        assertAwsError(() -> route53().createKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_one").keyManagementServiceArn(KMS)
                .status("ACTIVE").callerReference("k2")), "KeySigningKeyAlreadyExists", 409);
        assertAwsError(() -> route53().createKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_two").keyManagementServiceArn("not-kms")
                .status("ACTIVE").callerReference("k3")), "InvalidKMSArn", 400);
        route53().activateKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_one"));
        route53().enableHostedZoneDNSSEC(r -> r.hostedZoneId(zone));
        var dnssec = route53().getDNSSEC(r -> r.hostedZoneId(zone));
        assertThat(dnssec.status().serveSignature()).isEqualTo("SIGNING");
        assertThat(dnssec.keySigningKeys()).singleElement().satisfies(k -> assertThat(k.status()).isEqualTo("ACTIVE"));

        assertAwsError(() -> route53().deactivateKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_one")), "KeySigningKeyInUse", 400);
        assertAwsError(() -> route53().deleteKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_one")), "InvalidKeySigningKeyStatus", 400);
        route53().disableHostedZoneDNSSEC(r -> r.hostedZoneId(zone));
        route53().deactivateKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_one"));
        route53().deleteKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_one"));
        assertThat(route53().getDNSSEC(r -> r.hostedZoneId(zone)).keySigningKeys()).isEmpty();
        assertAwsError(() -> route53().activateKeySigningKey(r -> r.hostedZoneId(zone).name("ksk_one")), "NoSuchKeySigningKey", 404);
    }
}
