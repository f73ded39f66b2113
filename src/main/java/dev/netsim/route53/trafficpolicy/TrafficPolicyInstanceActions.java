package dev.netsim.route53.trafficpolicy;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.route53.model.CreateTrafficPolicyInstanceRequest;
import software.amazon.awssdk.services.route53.model.CreateTrafficPolicyInstanceResponse;
import software.amazon.awssdk.services.route53.model.DeleteTrafficPolicyInstanceRequest;
import software.amazon.awssdk.services.route53.model.DeleteTrafficPolicyInstanceResponse;
import software.amazon.awssdk.services.route53.model.GetTrafficPolicyInstanceCountRequest;
import software.amazon.awssdk.services.route53.model.GetTrafficPolicyInstanceCountResponse;
import software.amazon.awssdk.services.route53.model.GetTrafficPolicyInstanceRequest;
import software.amazon.awssdk.services.route53.model.GetTrafficPolicyInstanceResponse;
import software.amazon.awssdk.services.route53.model.ListTrafficPolicyInstancesByHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.ListTrafficPolicyInstancesByHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.ListTrafficPolicyInstancesByPolicyRequest;
import software.amazon.awssdk.services.route53.model.ListTrafficPolicyInstancesByPolicyResponse;
import software.amazon.awssdk.services.route53.model.ListTrafficPolicyInstancesRequest;
import software.amazon.awssdk.services.route53.model.ListTrafficPolicyInstancesResponse;
import software.amazon.awssdk.services.route53.model.TrafficPolicyInstance;
import software.amazon.awssdk.services.route53.model.UpdateTrafficPolicyInstanceRequest;
import software.amazon.awssdk.services.route53.model.UpdateTrafficPolicyInstanceResponse;

/** Route 53 (restXml) handlers for traffic policy instances. */
@Component
class TrafficPolicyInstanceActions {

    private final TrafficPolicyInstanceService instances;

    TrafficPolicyInstanceActions(TrafficPolicyInstanceService instances) {
        this.instances = instances;
    }

    @AwsAction(WireService.ROUTE53)
    CreateTrafficPolicyInstanceResponse createTrafficPolicyInstance(CreateTrafficPolicyInstanceRequest r, Scope scope) {
        TrafficPolicyInstanceService.Instance created = instances.create(scope, r.hostedZoneId(), r.name(), r.ttl(), r.trafficPolicyId(),
                r.trafficPolicyVersion());
        return CreateTrafficPolicyInstanceResponse.builder().trafficPolicyInstance(toSdk(created))
                .location("https://route53.amazonaws.com/2013-04-01/trafficpolicyinstance/" + created.id()).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetTrafficPolicyInstanceResponse getTrafficPolicyInstance(GetTrafficPolicyInstanceRequest r, Scope scope) {
        return GetTrafficPolicyInstanceResponse.builder().trafficPolicyInstance(toSdk(instances.get(scope, r.id()))).build();
    }

    @AwsAction(WireService.ROUTE53)
    UpdateTrafficPolicyInstanceResponse updateTrafficPolicyInstance(UpdateTrafficPolicyInstanceRequest r, Scope scope) {
        return UpdateTrafficPolicyInstanceResponse.builder()
                .trafficPolicyInstance(toSdk(instances.update(scope, r.id(), r.ttl(), r.trafficPolicyId(), r.trafficPolicyVersion()))).build();
    }

    @AwsAction(WireService.ROUTE53)
    DeleteTrafficPolicyInstanceResponse deleteTrafficPolicyInstance(DeleteTrafficPolicyInstanceRequest r, Scope scope) {
        instances.delete(scope, r.id());
        return DeleteTrafficPolicyInstanceResponse.builder().build();
    }

    @AwsAction(WireService.ROUTE53)
    GetTrafficPolicyInstanceCountResponse getTrafficPolicyInstanceCount(GetTrafficPolicyInstanceCountRequest r, Scope scope) {
        return GetTrafficPolicyInstanceCountResponse.builder().trafficPolicyInstanceCount((int) instances.used(scope)).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListTrafficPolicyInstancesResponse listTrafficPolicyInstances(ListTrafficPolicyInstancesRequest r, Scope scope) {
        TrafficPolicyInstanceService.Page page = instances.list(scope, null, null, null, r.hostedZoneIdMarker(), r.trafficPolicyInstanceNameMarker(),
                r.trafficPolicyInstanceTypeMarkerAsString(), r.maxItems());
        TrafficPolicyInstanceService.Instance next = page.next();
        return ListTrafficPolicyInstancesResponse.builder().trafficPolicyInstances(page.instances().stream().map(TrafficPolicyInstanceActions::toSdk)
                        .toList())
                .isTruncated(next != null).maxItems(String.valueOf(page.maxItems()))
                .hostedZoneIdMarker(next == null ? null : next.zoneId())
                .trafficPolicyInstanceNameMarker(next == null ? null : next.name())
                .trafficPolicyInstanceTypeMarker(next == null ? null : next.type()).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListTrafficPolicyInstancesByHostedZoneResponse listTrafficPolicyInstancesByHostedZone(ListTrafficPolicyInstancesByHostedZoneRequest r,
                                                                                           Scope scope) {
        TrafficPolicyInstanceService.Page page = instances.list(scope, r.hostedZoneId(), null, null, null, r.trafficPolicyInstanceNameMarker(),
                r.trafficPolicyInstanceTypeMarkerAsString(), r.maxItems());
        TrafficPolicyInstanceService.Instance next = page.next();
        return ListTrafficPolicyInstancesByHostedZoneResponse.builder()
                .trafficPolicyInstances(page.instances().stream().map(TrafficPolicyInstanceActions::toSdk).toList())
                .isTruncated(next != null).maxItems(String.valueOf(page.maxItems()))
                .trafficPolicyInstanceNameMarker(next == null ? null : next.name())
                .trafficPolicyInstanceTypeMarker(next == null ? null : next.type()).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListTrafficPolicyInstancesByPolicyResponse listTrafficPolicyInstancesByPolicy(ListTrafficPolicyInstancesByPolicyRequest r, Scope scope) {
        TrafficPolicyInstanceService.Page page = instances.list(scope, null, r.trafficPolicyId(), r.trafficPolicyVersion(), r.hostedZoneIdMarker(),
                r.trafficPolicyInstanceNameMarker(), r.trafficPolicyInstanceTypeMarkerAsString(), r.maxItems());
        TrafficPolicyInstanceService.Instance next = page.next();
        return ListTrafficPolicyInstancesByPolicyResponse.builder()
                .trafficPolicyInstances(page.instances().stream().map(TrafficPolicyInstanceActions::toSdk).toList())
                .isTruncated(next != null).maxItems(String.valueOf(page.maxItems()))
                .hostedZoneIdMarker(next == null ? null : next.zoneId())
                .trafficPolicyInstanceNameMarker(next == null ? null : next.name())
                .trafficPolicyInstanceTypeMarker(next == null ? null : next.type()).build();
    }

    private static TrafficPolicyInstance toSdk(TrafficPolicyInstanceService.Instance i) {
        return TrafficPolicyInstance.builder().id(i.id()).hostedZoneId(i.zoneId()).name(i.name()).ttl(i.ttl()).state(i.state()).message(i.message())
                .trafficPolicyId(i.policyId()).trafficPolicyVersion(i.policyVersion()).trafficPolicyType(i.type()).build();
    }
}
