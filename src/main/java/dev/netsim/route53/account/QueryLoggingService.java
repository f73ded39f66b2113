package dev.netsim.route53.account;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneService;

/**
 * Query logging configurations: one per public hosted zone, naming a CloudWatch Logs log group in
 * us-east-1 (where Route 53 sends query logs). Netsim keeps the configuration; it has no CloudWatch
 * Logs to check the group in or to send queries to.
 */
@Service
@Transactional
public class QueryLoggingService {

    static final String KIND = "query-logging";
    private static final Pattern LOG_GROUP = Pattern.compile("arn:aws:logs:us-east-1:\\d{12}:log-group:[\\w./#-]{1,512}(:\\*)?");

    /** A configuration as stored. */
    public record QueryLoggingConfig(String id, String hostedZoneId, String logGroupArn) {
    }

    private final Route53ResourceRepository resources;
    private final HostedZoneService zones;
    private final IdGenerator ids;

    public QueryLoggingService(Route53ResourceRepository resources, HostedZoneService zones, IdGenerator ids) {
        this.resources = resources;
        this.zones = zones;
        this.ids = ids;
    }

    public QueryLoggingConfig create(Scope scope, String zoneId, String logGroupArn) {
        HostedZone zone = zones.lockForChange(scope, zoneId);
        if (logGroupArn == null || !LOG_GROUP.matcher(logGroupArn).matches()) {
            throw new AwsException("InvalidInput", "The log group ARN " + logGroupArn + " is not a CloudWatch Logs log group in us-east-1, where "
                    + "Route 53 query logs go.");
        }
        if (zone.isPrivateZone()) {
            throw new AwsException("InvalidInput", "Query logging is for public hosted zones; private zones log through Route 53 Resolver.");
        }
        if (!resources.findByKindAndZoneIdOrderById(KIND, zone.getId()).isEmpty()) {
            throw new AwsException("QueryLoggingConfigAlreadyExists", "The hosted zone " + zone.getId() + " already has a query logging "
                    + "configuration.", 409);
        }
        QueryLoggingConfig config = new QueryLoggingConfig(ids.uuid(), zone.getId(), logGroupArn);
        resources.save(new Route53Resource(KIND, config.id(), scope.account(), zone.getId(), config));
        return config;
    }

    @Transactional(readOnly = true)
    public QueryLoggingConfig get(Scope scope, String id) {
        return resources.findByKindAndIdAndAccount(KIND, id, scope.account()).map(r -> r.body(QueryLoggingConfig.class))
                .orElseThrow(() -> new AwsException("NoSuchQueryLoggingConfig", "There is no query logging configuration with the ID " + id + ".", 404));
    }

    @Transactional(readOnly = true)
    public List<QueryLoggingConfig> list(Scope scope, String zoneId) {
        if (zoneId != null) {
            return resources.findByKindAndZoneIdOrderById(KIND, zones.get(scope, zoneId).getId()).stream()
                    .map(r -> r.body(QueryLoggingConfig.class)).toList();
        }
        return resources.findByKindAndAccountOrderById(KIND, scope.account()).stream().map(r -> r.body(QueryLoggingConfig.class)).toList();
    }

    public void delete(Scope scope, String id) {
        resources.deleteById(new Route53Resource.Key(KIND, get(scope, id).id()));
    }
}
