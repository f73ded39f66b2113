package dev.netsim.route53.dnssec;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DSRecord;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.route53.account.Route53Documents;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.simulation.dns.RecordData;

/**
 * DNSSEC signing of public zones: key-signing keys (an ECDSA P-256 key each, as Route 53 makes them
 * from a customer managed KMS key, with its DNSKEY and DS records), their activation, and the zone's
 * signing status. Netsim keeps the keys and status; its DNS server does not sign answers.
 */
@Service
@Transactional
public class KeySigningKeyService {

    static final String KSK = "key-signing-key";
    static final String SIGNING = "dnssec-status";
    static final int MAX_KEYS_PER_ZONE = 2;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{3,128}");
    private static final Pattern KMS_ARN = Pattern.compile("arn:aws:kms:us-east-1:\\d{12}:key/[0-9a-f-]{36}");

    /** A key-signing key as stored. */
    public record Key(String zoneId, String name, String kmsArn, int keyTag, String publicKey, String dnskeyRecord, String dsRecord,
                      String digestValue, String status, Instant createdDate, Instant lastModifiedDate) {

        Key withStatus(String newStatus, Instant at) {
            return new Key(zoneId, name, kmsArn, keyTag, publicKey, dnskeyRecord, dsRecord, digestValue, newStatus, createdDate, at);
        }
    }

    /** A zone's signing status: SIGNING or NOT_SIGNING. */
    public record Signing(boolean signing) {
    }

    private final Route53Documents documents;
    private final HostedZoneService zones;
    private final Clock clock;

    public KeySigningKeyService(Route53Documents documents, HostedZoneService zones, Clock clock) {
        this.documents = documents;
        this.zones = zones;
        this.clock = clock;
    }

    public Key create(Scope scope, String zoneId, String name, String kmsArn, String status) {
        HostedZone zone = publicZone(scope, zoneId);
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidKeySigningKeyName", "The key-signing key name must be 3 to 128 letters, digits or underscores.");
        }
        if (kmsArn == null || !KMS_ARN.matcher(kmsArn).matches()) {
            throw new AwsException("InvalidKMSArn", "The KMS key must be a customer managed key in us-east-1 (arn:aws:kms:us-east-1:…:key/…).");
        }
        if (!"ACTIVE".equals(status) && !"INACTIVE".equals(status)) {
            throw new AwsException("InvalidKeySigningKeyStatus", "A new key-signing key's status is ACTIVE or INACTIVE, not " + status + ".");
        }
        List<Key> keys = keys(zone.getId());
        if (keys.stream().anyMatch(k -> k.name().equals(name))) {
            throw new AwsException("KeySigningKeyAlreadyExists", "The hosted zone already has a key-signing key named " + name + ".", 409);
        }
        if (keys.size() >= MAX_KEYS_PER_ZONE) {
            throw new AwsException("TooManyKeySigningKeys", "A hosted zone can have at most " + MAX_KEYS_PER_ZONE + " key-signing keys.");
        }
        Key key = newKey(zone, name, kmsArn, status, clock.instant());
        documents.save(KSK, zone.getId() + ":" + name, scope.account(), zone.getId(), key);
        return key;
    }

    /** A fresh P-256 key and the DNSKEY (flags 257, algorithm 13) and DS (SHA-256) records that publish it. */
    private static Key newKey(HostedZone zone, String name, String kmsArn, String status, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            PublicKey publicKey = generator.generateKeyPair().getPublic();
            DNSKEYRecord dnskey = new DNSKEYRecord(RecordData.name(zone.getName()), DClass.IN, 3600, DNSKEYRecord.Flags.ZONE_KEY
                    | DNSKEYRecord.Flags.SEP_KEY, DNSKEYRecord.Protocol.DNSSEC, 13, publicKey);
            DSRecord ds = new DSRecord(RecordData.name(zone.getName()), DClass.IN, 3600, DSRecord.Digest.SHA256, dnskey);
            return new Key(zone.getId(), name, kmsArn, dnskey.getFootprint(), Base64.getEncoder().encodeToString(dnskey.getKey()),
                    dnskey.rdataToString(), ds.rdataToString(), HexFormat.of().formatHex(ds.getDigest()).toUpperCase(Locale.ROOT), status, now, now);
        } catch (GeneralSecurityException | org.xbill.DNS.DNSSEC.DNSSECException e) {
            throw new IllegalStateException("this JVM cannot make a P-256 key for DNSSEC", e);
        }
    }

    private HostedZone publicZone(Scope scope, String zoneId) {
        HostedZone zone = zones.lockForChange(scope, zoneId);
        if (zone.isPrivateZone()) {
            throw new AwsException("InvalidInput", "DNSSEC signing is for public hosted zones.");
        }
        return zone;
    }

    @Transactional(readOnly = true)
    public List<Key> keys(String zoneId) {
        return documents.ofZone(KSK, zoneId, Key.class);
    }

    private Key key(HostedZone zone, String name) {
        return keys(zone.getId()).stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new AwsException("NoSuchKeySigningKey", "The hosted zone has no key-signing key named " + name + ".", 404));
    }

    public Key activate(Scope scope, String zoneId, String name) {
        HostedZone zone = publicZone(scope, zoneId);
        return setStatus(scope, zone, key(zone, name), "ACTIVE");
    }

    /** An active key the zone signs with cannot be deactivated while it is the only one. */
    public Key deactivate(Scope scope, String zoneId, String name) {
        HostedZone zone = publicZone(scope, zoneId);
        Key key = key(zone, name);
        long active = keys(zone.getId()).stream().filter(k -> k.status().equals("ACTIVE")).count();
        if (signing(zone.getId()) && key.status().equals("ACTIVE") && active == 1) {
            throw new AwsException("KeySigningKeyInUse", "The key-signing key " + name + " is the zone's only active key while DNSSEC signing is "
                    + "enabled.");
        }
        return setStatus(scope, zone, key, "INACTIVE");
    }

    private Key setStatus(Scope scope, HostedZone zone, Key key, String status) {
        Key changed = key.withStatus(status, clock.instant());
        documents.save(KSK, zone.getId() + ":" + key.name(), scope.account(), zone.getId(), changed);
        return changed;
    }

    public void delete(Scope scope, String zoneId, String name) {
        HostedZone zone = publicZone(scope, zoneId);
        Key key = key(zone, name);
        if (!key.status().equals("INACTIVE")) {
            throw new AwsException("InvalidKeySigningKeyStatus", "Deactivate the key-signing key " + name + " before deleting it.");
        }
        documents.delete(KSK, zone.getId() + ":" + name);
    }

    public void enableSigning(Scope scope, String zoneId) {
        HostedZone zone = publicZone(scope, zoneId);
        if (keys(zone.getId()).stream().noneMatch(k -> k.status().equals("ACTIVE"))) {
            throw new AwsException("KeySigningKeyWithActiveStatusNotFound", "Signing needs an active key-signing key in the hosted zone.");
        }
        documents.save(SIGNING, zone.getId(), scope.account(), zone.getId(), new Signing(true));
    }

    public void disableSigning(Scope scope, String zoneId) {
        HostedZone zone = publicZone(scope, zoneId);
        documents.save(SIGNING, zone.getId(), scope.account(), zone.getId(), new Signing(false));
    }

    @Transactional(readOnly = true)
    public boolean signing(String zoneId) {
        return documents.ofZone(SIGNING, zoneId, Signing.class).stream().anyMatch(Signing::signing);
    }
}
