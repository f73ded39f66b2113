package dev.netsim.route53.dnssec;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.route53.zone.ChangeInfoWire;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.route53.zone.Route53ChangeService;
import software.amazon.awssdk.services.route53.model.ActivateKeySigningKeyRequest;
import software.amazon.awssdk.services.route53.model.ActivateKeySigningKeyResponse;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.CreateKeySigningKeyRequest;
import software.amazon.awssdk.services.route53.model.CreateKeySigningKeyResponse;
import software.amazon.awssdk.services.route53.model.DNSSECStatus;
import software.amazon.awssdk.services.route53.model.DeactivateKeySigningKeyRequest;
import software.amazon.awssdk.services.route53.model.DeactivateKeySigningKeyResponse;
import software.amazon.awssdk.services.route53.model.DeleteKeySigningKeyRequest;
import software.amazon.awssdk.services.route53.model.DeleteKeySigningKeyResponse;
import software.amazon.awssdk.services.route53.model.DisableHostedZoneDnssecRequest;
import software.amazon.awssdk.services.route53.model.DisableHostedZoneDnssecResponse;
import software.amazon.awssdk.services.route53.model.EnableHostedZoneDnssecRequest;
import software.amazon.awssdk.services.route53.model.EnableHostedZoneDnssecResponse;
import software.amazon.awssdk.services.route53.model.GetDnssecRequest;
import software.amazon.awssdk.services.route53.model.GetDnssecResponse;
import software.amazon.awssdk.services.route53.model.KeySigningKey;

/** Route 53 (restXml) handlers for DNSSEC signing: key-signing keys and the zone's signing status. */
@Component
class DnssecActions {

    private final KeySigningKeyService keys;
    private final HostedZoneService zones;
    private final Route53ChangeService changes;

    DnssecActions(KeySigningKeyService keys, HostedZoneService zones, Route53ChangeService changes) {
        this.keys = keys;
        this.zones = zones;
        this.changes = changes;
    }

    private ChangeInfo change(Scope scope) {
        return ChangeInfoWire.toSdk(changes.submit(scope, null));
    }

    @AwsAction(WireService.ROUTE53)
    CreateKeySigningKeyResponse createKeySigningKey(CreateKeySigningKeyRequest r, Scope scope) {
        KeySigningKeyService.Key key = keys.create(scope, r.hostedZoneId(), r.name(), r.keyManagementServiceArn(), r.status());
        return CreateKeySigningKeyResponse.builder().keySigningKey(toSdk(key)).changeInfo(change(scope))
                .location("https://route53.amazonaws.com/2013-04-01/keysigningkey/" + key.zoneId() + "/" + key.name()).build();
    }

    @AwsAction(WireService.ROUTE53)
    ActivateKeySigningKeyResponse activateKeySigningKey(ActivateKeySigningKeyRequest r, Scope scope) {
        keys.activate(scope, r.hostedZoneId(), r.name());
        return ActivateKeySigningKeyResponse.builder().changeInfo(change(scope)).build();
    }

    @AwsAction(WireService.ROUTE53)
    DeactivateKeySigningKeyResponse deactivateKeySigningKey(DeactivateKeySigningKeyRequest r, Scope scope) {
        keys.deactivate(scope, r.hostedZoneId(), r.name());
        return DeactivateKeySigningKeyResponse.builder().changeInfo(change(scope)).build();
    }

    @AwsAction(WireService.ROUTE53)
    DeleteKeySigningKeyResponse deleteKeySigningKey(DeleteKeySigningKeyRequest r, Scope scope) {
        keys.delete(scope, r.hostedZoneId(), r.name());
        return DeleteKeySigningKeyResponse.builder().changeInfo(change(scope)).build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "EnableHostedZoneDNSSEC")
    EnableHostedZoneDnssecResponse enableHostedZoneDNSSEC(EnableHostedZoneDnssecRequest r, Scope scope) {
        keys.enableSigning(scope, r.hostedZoneId());
        return EnableHostedZoneDnssecResponse.builder().changeInfo(change(scope)).build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "DisableHostedZoneDNSSEC")
    DisableHostedZoneDnssecResponse disableHostedZoneDNSSEC(DisableHostedZoneDnssecRequest r, Scope scope) {
        keys.disableSigning(scope, r.hostedZoneId());
        return DisableHostedZoneDnssecResponse.builder().changeInfo(change(scope)).build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "GetDNSSEC")
    GetDnssecResponse getDNSSEC(GetDnssecRequest r, Scope scope) {
        String zoneId = zones.get(scope, r.hostedZoneId()).getId();
        boolean signing = keys.signing(zoneId);
        return GetDnssecResponse.builder()
                .status(DNSSECStatus.builder().serveSignature(signing ? "SIGNING" : "NOT_SIGNING").build())
                .keySigningKeys(keys.keys(zoneId).stream().map(DnssecActions::toSdk).toList()).build();
    }

    private static KeySigningKey toSdk(KeySigningKeyService.Key k) {
        return KeySigningKey.builder().name(k.name()).kmsArn(k.kmsArn()).flag(257).signingAlgorithmMnemonic("ECDSAP256SHA256")
                .signingAlgorithmType(13).digestAlgorithmMnemonic("SHA-256").digestAlgorithmType(2).keyTag(k.keyTag())
                .digestValue(k.digestValue()).publicKey(k.publicKey()).dsRecord(k.dsRecord()).dnskeyRecord(k.dnskeyRecord()).status(k.status())
                .createdDate(k.createdDate()).lastModifiedDate(k.lastModifiedDate()).build();
    }
}
