package dev.netsim.route53.healthcheck;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.route53.record.HealthCheckLookup;
import dev.netsim.route53.record.RecordSetRepository;
import dev.netsim.route53.zone.PageSize;
import dev.netsim.route53.zone.Route53ReferenceLock;

/**
 * Route 53 health checks: create (CallerReference idempotency), get, list, update (by version),
 * delete (not while a record set uses it), count, and a simulation's status override.
 */
@Service
@Transactional
public class HealthCheckService implements HealthCheckLookup {

    public static final int MAX_HEALTH_CHECKS = 200;

    private final HealthCheckRepository checks;
    private final RecordSetRepository records;
    private final IdGenerator ids;
    private final Clock clock;
    private final Route53ReferenceLock referenceLock;
    private final ObjectProvider<HealthCheckDependents> dependents;

    public HealthCheckService(HealthCheckRepository checks, RecordSetRepository records, IdGenerator ids, Clock clock,
                              Route53ReferenceLock referenceLock, ObjectProvider<HealthCheckDependents> dependents) {
        this.checks = checks;
        this.records = records;
        this.ids = ids;
        this.clock = clock;
        this.referenceLock = referenceLock;
        this.dependents = dependents;
    }

    /** CreateHealthCheck: the same reference with the same configuration answers the existing check; another configuration is refused. */
    public HealthCheck create(Scope scope, String callerReference, HealthCheckSpec requested) {
        if (callerReference == null || callerReference.isEmpty() || callerReference.length() > 64) {
            throw new AwsException("InvalidInput", "CallerReference must be 1 to 64 characters long.");
        }
        HealthCheckSpec spec = HealthCheckRules.checked(requested);
        checkChildren(scope, spec, null);
        referenceLock.hold();
        var existing = checks.findByAccountAndCallerReference(scope.account(), callerReference);
        if (existing.isPresent()) {
            if (existing.get().spec().equals(spec)) {
                return existing.get();
            }
            throw new AwsException("HealthCheckAlreadyExists", "A health check with the caller reference " + callerReference
                    + " already exists with different settings.", 409);
        }
        if (checks.countByAccount(scope.account()) >= MAX_HEALTH_CHECKS) {
            throw new AwsException("TooManyHealthChecks", "You have reached the maximum number of health checks (" + MAX_HEALTH_CHECKS + ").");
        }
        return checks.save(new HealthCheck(ids.uuid(), scope.account(), callerReference, spec, clock.instant()));
    }

    private void checkChildren(Scope scope, HealthCheckSpec spec, String self) {
        for (String child : spec.childHealthChecks()) {
            if (child.equals(self) || !checks.existsByIdAndAccount(child, scope.account())) {
                throw new AwsException("InvalidInput", "The child health check " + child + " does not exist"
                        + (child.equals(self) ? " apart from the check itself, which cannot be its own child." : "."));
            }
        }
    }

    @Transactional(readOnly = true)
    public HealthCheck get(Scope scope, String id) {
        return checks.findByIdAndAccount(id, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchHealthCheck", "No health check exists with the specified ID " + id + ".", 404));
    }

    @Transactional(readOnly = true)
    public List<HealthCheck> all(Scope scope) {
        return checks.findByAccountOrderById(scope.account());
    }

    @Transactional(readOnly = true)
    public Page<HealthCheck> list(Scope scope, String marker, String maxItems) {
        return Pager.page(checks.findByAccountOrderById(scope.account()), HealthCheck::getId, PageSize.of(maxItems, 100, 1000), marker, "InvalidInput");
    }

    @Transactional(readOnly = true)
    public long count(Scope scope) {
        return checks.countByAccount(scope.account());
    }

    /** The members UpdateHealthCheck changes (null keeps the current value), and the elements it resets to their defaults. */
    public record Update(Long version, String ipAddress, Integer port, String resourcePath, String fullyQualifiedDomainName, String searchString,
                         Integer failureThreshold, Boolean inverted, Boolean disabled, Integer healthThreshold, List<String> childHealthChecks,
                         Boolean enableSni, List<String> regions, String alarmName, String alarmRegion, String insufficientDataHealthStatus,
                         Set<String> resetElements) {
    }

    public HealthCheck update(Scope scope, String id, Update u) {
        HealthCheck check = checks.lockForChange(id, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchHealthCheck", "No health check exists with the specified ID " + id + ".", 404));
        if (u.version() != null && u.version() != check.getVersion()) {
            throw new AwsException("HealthCheckVersionMismatch", "The value of HealthCheckVersion in the request doesn't match the value of "
                    + "HealthCheckVersion in the health check (" + check.getVersion() + ").", 409);
        }
        HealthCheckSpec s = check.spec();
        Set<String> reset = u.resetElements();
        HealthCheckSpec changed = new HealthCheckSpec(s.type(), pick(u.ipAddress(), s.ipAddress()), pick(u.port(), s.port()),
                reset.contains("ResourcePath") ? null : pick(u.resourcePath(), s.resourcePath()),
                reset.contains("FullyQualifiedDomainName") ? null : pick(u.fullyQualifiedDomainName(), s.fullyQualifiedDomainName()),
                pick(u.searchString(), s.searchString()), s.requestInterval(), pick(u.failureThreshold(), s.failureThreshold()), s.measureLatency(),
                pick(u.inverted(), s.inverted()), pick(u.disabled(), s.disabled()), pick(u.healthThreshold(), s.healthThreshold()),
                reset.contains("ChildHealthChecks") ? List.of() : pick(u.childHealthChecks(), s.childHealthChecks()), pick(u.enableSni(), s.enableSni()),
                reset.contains("Regions") ? List.of() : pick(u.regions(), s.regions()), pick(u.alarmName(), s.alarmName()),
                pick(u.alarmRegion(), s.alarmRegion()), pick(u.insufficientDataHealthStatus(), s.insufficientDataHealthStatus()), s.routingControlArn());
        HealthCheckSpec spec = HealthCheckRules.checked(changed);
        checkChildren(scope, spec, id);
        check.update(spec);
        return check;
    }

    private static <T> T pick(T given, T current) {
        return given != null ? given : current;
    }

    public void delete(Scope scope, String id) {
        HealthCheck check = get(scope, id);
        if (records.existsByHealthCheckId(id)) {
            throw new AwsException("HealthCheckInUse", "The health check " + id + " is still referenced from one or more resource record sets.");
        }
        boolean isChild = checks.findByAccountOrderById(scope.account()).stream().anyMatch(c -> c.spec().childHealthChecks().contains(id));
        if (isChild) {
            throw new AwsException("HealthCheckInUse", "The health check " + id + " is a child of a calculated health check.");
        }
        checks.delete(check);
        dependents.forEach(d -> d.healthCheckDeleted(id));
    }

    /** A simulation's verdict for the check (null clears it). */
    public HealthCheck overrideStatus(Scope scope, String id, Boolean healthy) {
        HealthCheck check = get(scope, id);
        check.overrideStatus(healthy);
        return check;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String account, String healthCheckId) {
        return checks.existsByIdAndAccount(healthCheckId, account);
    }
}
