package dev.netsim.route53.healthcheck;

import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.route53.model.AlarmIdentifier;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.DeleteHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.DeleteHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.GetCheckerIpRangesRequest;
import software.amazon.awssdk.services.route53.model.GetCheckerIpRangesResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckCountRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckCountResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckLastFailureReasonRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckLastFailureReasonResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckStatusRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckStatusResponse;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;
import software.amazon.awssdk.services.route53.model.HealthCheckObservation;
import software.amazon.awssdk.services.route53.model.ListHealthChecksRequest;
import software.amazon.awssdk.services.route53.model.ListHealthChecksResponse;
import software.amazon.awssdk.services.route53.model.StatusReport;
import software.amazon.awssdk.services.route53.model.UpdateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.UpdateHealthCheckResponse;

/** Route 53 (restXml) handlers for health checks. */
@Component
class HealthCheckActions {

    private final HealthCheckService checks;
    private final HealthStatusService statuses;

    HealthCheckActions(HealthCheckService checks, HealthStatusService statuses) {
        this.checks = checks;
        this.statuses = statuses;
    }

    @AwsAction(WireService.ROUTE53)
    CreateHealthCheckResponse createHealthCheck(CreateHealthCheckRequest r, Scope scope) {
        HealthCheck check = checks.create(scope, r.callerReference(), fromSdk(r.healthCheckConfig()));
        return CreateHealthCheckResponse.builder().healthCheck(toSdk(check))
                .location("https://route53.amazonaws.com/2013-04-01/healthcheck/" + check.getId()).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHealthCheckResponse getHealthCheck(GetHealthCheckRequest r, Scope scope) {
        return GetHealthCheckResponse.builder().healthCheck(toSdk(checks.get(scope, r.healthCheckId()))).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListHealthChecksResponse listHealthChecks(ListHealthChecksRequest r, Scope scope) {
        Page<HealthCheck> page = checks.list(scope, r.marker(), r.maxItems());
        return ListHealthChecksResponse.builder().healthChecks(page.items().stream().map(HealthCheckActions::toSdk).toList())
                .marker(r.marker() == null ? "" : r.marker()).isTruncated(page.nextToken() != null).nextMarker(page.nextToken())
                .maxItems(r.maxItems() == null ? "100" : r.maxItems()).build();
    }

    @AwsAction(WireService.ROUTE53)
    UpdateHealthCheckResponse updateHealthCheck(UpdateHealthCheckRequest r, Scope scope) {
        AlarmIdentifier alarm = r.alarmIdentifier();
        HealthCheck check = checks.update(scope, r.healthCheckId(), new HealthCheckService.Update(r.healthCheckVersion(), r.ipAddress(), r.port(),
                r.resourcePath(), r.fullyQualifiedDomainName(), r.searchString(), r.failureThreshold(), r.inverted(), r.disabled(),
                r.healthThreshold(), r.hasChildHealthChecks() ? r.childHealthChecks() : null, r.enableSNI(),
                r.hasRegions() ? r.regionsAsStrings() : null, alarm == null ? null : alarm.name(), alarm == null ? null : alarm.regionAsString(),
                r.insufficientDataHealthStatusAsString(), new HashSet<>(r.resetElementsAsStrings())));
        return UpdateHealthCheckResponse.builder().healthCheck(toSdk(check)).build();
    }

    @AwsAction(WireService.ROUTE53)
    DeleteHealthCheckResponse deleteHealthCheck(DeleteHealthCheckRequest r, Scope scope) {
        checks.delete(scope, r.healthCheckId());
        return DeleteHealthCheckResponse.builder().build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHealthCheckCountResponse getHealthCheckCount(GetHealthCheckCountRequest r, Scope scope) {
        return GetHealthCheckCountResponse.builder().healthCheckCount(checks.count(scope)).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHealthCheckStatusResponse getHealthCheckStatus(GetHealthCheckStatusRequest r, Scope scope) {
        return GetHealthCheckStatusResponse.builder().healthCheckObservations(observations(scope, r.healthCheckId(), false)).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHealthCheckLastFailureReasonResponse getHealthCheckLastFailureReason(GetHealthCheckLastFailureReasonRequest r, Scope scope) {
        return GetHealthCheckLastFailureReasonResponse.builder().healthCheckObservations(observations(scope, r.healthCheckId(), true)).build();
    }

    /** One observation per checker region; the last-failure view lists only failures. */
    private List<HealthCheckObservation> observations(Scope scope, String id, boolean failuresOnly) {
        HealthCheck check = checks.get(scope, id);
        return statuses.reports(scope, check).stream().filter(report -> !failuresOnly || report.status().startsWith("Failure"))
                .map(report -> HealthCheckObservation.builder().region(report.region()).ipAddress(report.ipAddress())
                        .statusReport(StatusReport.builder().status(report.status()).checkedTime(report.checkedAt()).build()).build())
                .toList();
    }

    @AwsAction(WireService.ROUTE53)
    GetCheckerIpRangesResponse getCheckerIpRanges(GetCheckerIpRangesRequest r, Scope scope) {
        return GetCheckerIpRangesResponse.builder().checkerIpRanges(CheckerAddresses.ranges()).build();
    }

    private static HealthCheckSpec fromSdk(HealthCheckConfig c) {
        AlarmIdentifier alarm = c.alarmIdentifier();
        return new HealthCheckSpec(c.typeAsString(), c.ipAddress(), c.port(), c.resourcePath(), c.fullyQualifiedDomainName(), c.searchString(),
                c.requestInterval() == null ? 30 : c.requestInterval(), c.failureThreshold() == null ? 3 : c.failureThreshold(),
                Boolean.TRUE.equals(c.measureLatency()), Boolean.TRUE.equals(c.inverted()), Boolean.TRUE.equals(c.disabled()), c.healthThreshold(),
                c.childHealthChecks(), c.enableSNI(), c.regionsAsStrings(), alarm == null ? null : alarm.name(),
                alarm == null ? null : alarm.regionAsString(), c.insufficientDataHealthStatusAsString(), c.routingControlArn());
    }

    static software.amazon.awssdk.services.route53.model.HealthCheck toSdk(HealthCheck check) {
        HealthCheckSpec s = check.spec();
        HealthCheckConfig.Builder config = HealthCheckConfig.builder().type(s.type()).ipAddress(s.ipAddress()).port(s.port())
                .resourcePath(s.resourcePath()).fullyQualifiedDomainName(s.fullyQualifiedDomainName()).searchString(s.searchString())
                .requestInterval(s.requestInterval()).failureThreshold(s.isCalculated() ? null : s.failureThreshold())
                .measureLatency(s.measureLatency()).inverted(s.inverted()).disabled(s.disabled()).healthThreshold(s.healthThreshold())
                .enableSNI(s.enableSni()).insufficientDataHealthStatus(s.insufficientDataHealthStatus()).routingControlArn(s.routingControlArn());
        if (s.isCalculated()) {
            config.childHealthChecks(s.childHealthChecks());
        }
        if (!s.regions().isEmpty()) {
            config.regionsWithStrings(s.regions());
        }
        if (s.alarmName() != null) {
            config.alarmIdentifier(AlarmIdentifier.builder().name(s.alarmName()).region(s.alarmRegion()).build());
        }
        return software.amazon.awssdk.services.route53.model.HealthCheck.builder().id(check.getId()).callerReference(check.getCallerReference())
                .healthCheckConfig(config.build()).healthCheckVersion(check.getVersion()).build();
    }
}
