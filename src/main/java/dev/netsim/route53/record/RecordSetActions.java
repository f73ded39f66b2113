package dev.netsim.route53.record;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.route53.zone.ChangeInfoWire;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;

/** Route 53 (restXml) handlers for record sets. */
@Component
class RecordSetActions {

    private final RecordSetService records;

    RecordSetActions(RecordSetService records) {
        this.records = records;
    }

    @AwsAction(WireService.ROUTE53)
    ChangeResourceRecordSetsResponse changeResourceRecordSets(ChangeResourceRecordSetsRequest r, Scope scope) {
        List<ChangeBatch.Change> changes = r.changeBatch().changes().stream()
                .map(c -> new ChangeBatch.Change(c.actionAsString(), RecordSetWire.fromSdk(c.resourceRecordSet())))
                .toList();
        return ChangeResourceRecordSetsResponse.builder()
                .changeInfo(ChangeInfoWire.toSdk(records.change(scope, r.hostedZoneId(), changes, r.changeBatch().comment())))
                .build();
    }

    @AwsAction(WireService.ROUTE53)
    ListResourceRecordSetsResponse listResourceRecordSets(ListResourceRecordSetsRequest r, Scope scope) {
        RecordSetService.RecordPage page = records.list(scope, r.hostedZoneId(), r.startRecordName(), r.startRecordTypeAsString(),
                r.startRecordIdentifier(), r.maxItems());
        ListResourceRecordSetsResponse.Builder response = ListResourceRecordSetsResponse.builder()
                .resourceRecordSets(page.sets().stream().map(RecordSetWire::toSdk).toList())
                .isTruncated(page.next() != null)
                .maxItems(r.maxItems() == null ? "300" : r.maxItems());
        if (page.next() != null) {
            response.nextRecordName(page.next().name()).nextRecordType(page.next().type()).nextRecordIdentifier(page.next().setIdentifier());
        }
        return response.build();
    }
}
