package dev.netsim.cloudfront.logging;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.EndPoint;
import software.amazon.awssdk.services.cloudfront.model.RealtimeLogConfig;

/**
 * Real-time log configurations, named by Name or ARN: a sampling rate of 1–100 %, one Kinesis data
 * stream endpoint with its role, and fields from CloudFront's list. Netsim keeps them; it sends no
 * logs (there is no Kinesis here).
 */
@Service
@Transactional
public class RealtimeLogConfigService {

    static final int MAX_CONFIGS = 15;
    private static final RestXmlBinder READER = new RestXmlBinder("InvalidArgument");
    /** The fields a real-time log record can hold. */
    static final Set<String> FIELDS = Set.of("timestamp", "c-ip", "s-ip", "time-to-first-byte", "sc-status", "sc-bytes", "cs-method",
            "cs-protocol", "cs-host", "cs-uri-stem", "cs-bytes", "x-edge-location", "x-edge-request-id", "x-host-header", "time-taken",
            "cs-protocol-version", "c-ip-version", "cs-user-agent", "cs-referer", "cs-cookie", "cs-uri-query", "x-edge-response-result-type",
            "x-forwarded-for", "ssl-protocol", "ssl-cipher", "x-edge-result-type", "fle-encrypted-fields", "fle-status", "sc-content-type",
            "sc-content-len", "sc-range-start", "sc-range-end", "c-port", "x-edge-detailed-result-type", "c-country", "cs-accept-encoding",
            "cs-accept", "cache-behavior-path-pattern", "cs-headers", "cs-header-names", "cs-headers-count", "primary-distribution-id",
            "primary-distribution-dns-name", "origin-fbl", "origin-lbl", "asn");

    private final RealtimeLogConfigRepository configs;
    private final ObjectProvider<RealtimeLogUsers> users;
    private final CloudFrontLocks locks;

    RealtimeLogConfigService(RealtimeLogConfigRepository configs, ObjectProvider<RealtimeLogUsers> users, CloudFrontLocks locks) {
        this.configs = configs;
        this.users = users;
        this.locks = locks;
    }

    public RealtimeLogConfig create(Scope scope, String name, Long samplingRate, List<EndPoint> endPoints, List<String> fields) {
        if (name == null || name.isEmpty() || name.length() > 128) {
            throw new AwsException("InvalidArgument", "A real-time log configuration's name is 1 to 128 characters.");
        }
        RealtimeLogConfig config = RealtimeLogConfig.builder().arn(arn(scope, name)).name(name).samplingRate(samplingRate).endPoints(endPoints)
                .fields(fields).build();
        check(config);
        locks.holdReferences();
        if (configs.existsById(new RealtimeLogConfigRow.Key(scope.account(), name))) {
            throw new AwsException("RealtimeLogConfigAlreadyExists", "A real-time log configuration named " + name + " already exists.", 409);
        }
        if (configs.countByAccount(scope.account()) >= MAX_CONFIGS) {
            throw new AwsException("TooManyRealtimeLogConfigs", "You have reached the maximum number of real-time log configurations ("
                    + MAX_CONFIGS + ").");
        }
        configs.save(new RealtimeLogConfigRow(scope.account(), name, RestXmlEnvelopes.storedDocument("RealtimeLogConfig", config)));
        return config;
    }

    @Transactional(readOnly = true)
    public RealtimeLogConfig get(Scope scope, String name, String arn) {
        return read(row(scope, name, arn));
    }

    /** Changes what is given: sampling rate, endpoints, fields. */
    public RealtimeLogConfig update(Scope scope, String name, String arn, Long samplingRate, List<EndPoint> endPoints, List<String> fields) {
        RealtimeLogConfigRow row = row(scope, name, arn);
        RealtimeLogConfig current = read(row);
        RealtimeLogConfig updated = current.toBuilder().samplingRate(samplingRate != null ? samplingRate : current.samplingRate())
                .endPoints(endPoints != null && !endPoints.isEmpty() ? endPoints : current.endPoints())
                .fields(fields != null && !fields.isEmpty() ? fields : current.fields()).build();
        check(updated);
        row.setConfigXml(RestXmlEnvelopes.storedDocument("RealtimeLogConfig", updated));
        return updated;
    }

    public void delete(Scope scope, String name, String arn) {
        RealtimeLogConfigRow row = row(scope, name, arn);
        String configArn = arn(scope, row.getName());
        if (users.stream().anyMatch(u -> u.uses(scope, configArn))) {
            throw new AwsException("RealtimeLogConfigInUse", "The real-time log configuration " + row.getName()
                    + " is attached to a distribution's cache behavior.");
        }
        configs.delete(row);
    }

    @Transactional(readOnly = true)
    public Page<RealtimeLogConfig> list(Scope scope, String marker, int max) {
        Page<RealtimeLogConfigRow> page = Pager.page(configs.findByAccountOrderByName(scope.account()), RealtimeLogConfigRow::getName, max,
                marker, "InvalidArgument");
        return new Page<>(page.items().stream().map(RealtimeLogConfigService::read).toList(), page.nextToken());
    }

    /** Whether the ARN names a configuration of the account (a cache behaviour may only send logs to one). */
    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String arn) {
        String name = CloudFrontArns.idIn(arn, scope.account(), "realtime-log-config");
        return name != null && configs.existsById(new RealtimeLogConfigRow.Key(scope.account(), name));
    }

    private RealtimeLogConfigRow row(Scope scope, String name, String arn) {
        if ((name == null || name.isEmpty()) && (arn == null || arn.isEmpty())) {
            throw new AwsException("InvalidArgument", "Name the real-time log configuration by its Name or its ARN.");
        }
        String byName = name != null && !name.isEmpty() ? name : arn.substring(arn.lastIndexOf('/') + 1);
        if (arn != null && !arn.isEmpty() && !arn.equals(arn(scope, byName))) {
            throw new AwsException("NoSuchRealtimeLogConfig", "No real-time log configuration has the ARN " + arn + ".", 404);
        }
        return configs.findById(new RealtimeLogConfigRow.Key(scope.account(), byName))
                .orElseThrow(() -> new AwsException("NoSuchRealtimeLogConfig", "The real-time log configuration " + byName + " does not exist.", 404));
    }

    private static void check(RealtimeLogConfig config) {
        if (config.samplingRate() == null || config.samplingRate() < 1 || config.samplingRate() > 100) {
            throw new AwsException("InvalidArgument", "SamplingRate is a whole percentage from 1 to 100, not " + config.samplingRate() + ".");
        }
        if (config.endPoints().size() != 1 || !"Kinesis".equals(config.endPoints().get(0).streamType())
                || config.endPoints().get(0).kinesisStreamConfig() == null) {
            throw new AwsException("InvalidArgument", "A real-time log configuration has one endpoint: a Kinesis data stream (StreamType Kinesis, "
                    + "with its KinesisStreamConfig).");
        }
        if (config.fields().isEmpty()) {
            throw new AwsException("InvalidArgument", "A real-time log configuration needs at least one field.");
        }
        for (String field : config.fields()) {
            if (!FIELDS.contains(field)) {
                throw new AwsException("InvalidArgument", "CloudFront's real-time logs have no field " + field + ".");
            }
        }
    }

    private static RealtimeLogConfig read(RealtimeLogConfigRow row) {
        return (RealtimeLogConfig) READER.readDocument(RealtimeLogConfig.builder(), row.getConfigXml());
    }

    static String arn(Scope scope, String name) {
        return CloudFrontArns.of(scope.account(), "realtime-log-config", name);
    }
}
