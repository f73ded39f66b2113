package dev.netsim.elbv2.targetgroup;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.vpc.VpcService;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbNameLock;
import dev.netsim.elbv2.ElbPages;
import dev.netsim.elbv2.ElbQuotas;
import dev.netsim.elbv2.tag.ElbTagService;

/** Target groups: creation with AWS's defaults and idempotency, describe, delete. */
@Service
@Transactional
public class TargetGroupService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?");
    private static final Set<String> PROTOCOLS = Set.of("HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE");
    private static final Set<String> TARGET_TYPES = Set.of("instance", "ip", "lambda", "alb");
    static final int MAX_TARGET_GROUPS = ElbQuotas.TARGET_GROUPS;

    private final TargetGroupRepository groups;
    private final VpcService vpcs;
    private final ElbTagService tags;
    private final IdGenerator ids;
    private final Clock clock;
    private final ObjectProvider<TargetGroupUsers> users;
    private final RegisteredTargetRepository targets;
    private final ElbNameLock names;

    public TargetGroupService(TargetGroupRepository groups, VpcService vpcs, ElbTagService tags, IdGenerator ids, Clock clock,
                              ObjectProvider<TargetGroupUsers> users, RegisteredTargetRepository targets, ElbNameLock names) {
        this.names = names;
        this.groups = groups;
        this.targets = targets;
        this.users = users;
        this.vpcs = vpcs;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    /** What the caller asked for; null means "AWS's default". */
    public record TargetGroupRequest(String name, String protocol, String protocolVersion, Integer port, String vpcId,
                                     String targetType, String ipAddressType, String healthCheckProtocol, String healthCheckPort,
                                     Boolean healthCheckEnabled, String healthCheckPath, Integer healthCheckIntervalSeconds,
                                     Integer healthCheckTimeoutSeconds, Integer healthyThresholdCount,
                                     Integer unhealthyThresholdCount, String matcherHttpCode, String matcherGrpcCode,
                                     Map<String, String> tags) {
    }

    public TargetGroup create(Scope scope, TargetGroupRequest request) {
        String name = request.name();
        if (name == null || name.isEmpty()) {
            throw new AwsException("ValidationError", "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
        }
        if (!NAME.matcher(name).matches() || name.startsWith("internal-")) {
            throw new AwsException("ValidationError", "Target group name '" + name + "' can have a maximum of 32 characters, must contain "
                    + "only alphanumeric characters or hyphens, must not begin or end with a hyphen, and must not begin with 'internal-'");
        }
        TargetGroupSettings settings = withDefaults(scope, request);
        tags.validate(request.tags());
        names.hold();
        var existing = groups.findByAccountAndRegionAndName(scope.account(), scope.region(), name);
        if (existing.isPresent()) {
            if (existing.get().settings().equals(settings)) {
                return existing.get(); // AWS: same name and settings is the same target group
            }
            throw new AwsException("DuplicateTargetGroupName", "A target group with the same name '" + name + "' exists, but with different settings");
        }
        if (groups.countByAccountAndRegion(scope.account(), scope.region()) >= MAX_TARGET_GROUPS) {
            throw new AwsException("TooManyTargetGroups", "You have reached the limit on the number of target groups for your AWS account");
        }
        String arn = "arn:aws:elasticloadbalancing:" + scope.region() + ":" + scope.account() + ":targetgroup/" + name + "/" + ids.hex(16);
        TargetGroup group = new TargetGroup(arn, scope.account(), scope.region(), name, settings, clock.instant());
        group.setAttributes(TargetGroupAttributes.defaults(settings));
        groups.save(group);
        tags.tag(arn, request.tags());
        return group;
    }

    private TargetGroupSettings withDefaults(Scope scope, TargetGroupRequest r) {
        String targetType = r.targetType() == null ? "instance" : r.targetType();
        if (!TARGET_TYPES.contains(targetType)) {
            throw ElbErrors.invalid("targetType", targetType, "Member must satisfy enum value set: [instance, ip, lambda, alb]");
        }
        boolean lambda = targetType.equals("lambda");
        String protocol = r.protocol();
        if (!lambda) {
            if (protocol == null || r.port() == null || r.vpcId() == null) {
                throw new AwsException("ValidationError", "A protocol, port and VPC ID must be specified for target groups of type '" + targetType + "'");
            }
            if (!PROTOCOLS.contains(protocol)) {
                throw ElbErrors.invalid("protocol", protocol, "Member must satisfy enum value set: " + PROTOCOLS);
            }
            if (r.port() < 1 || r.port() > 65535) {
                throw ElbErrors.invalid("port", String.valueOf(r.port()), "Member must have value between 1 and 65535");
            }
            if (!vpcs.exists(scope, r.vpcId())) {
                throw new AwsException("ValidationError", "The VPC ID '" + r.vpcId() + "' is not found");
            }
        } else if (protocol != null || r.port() != null || r.vpcId() != null) {
            throw new AwsException("ValidationError", "A protocol, port and VPC ID cannot be specified for target groups of type 'lambda'");
        }
        boolean http = "HTTP".equals(protocol) || "HTTPS".equals(protocol) || lambda;
        String healthCheckProtocol = r.healthCheckProtocol() != null ? r.healthCheckProtocol() : lambda ? null : http ? protocol : "TCP";
        boolean httpCheck = "HTTP".equals(healthCheckProtocol) || "HTTPS".equals(healthCheckProtocol) || lambda;
        int interval = ElbErrors.inRange(r.healthCheckIntervalSeconds(), lambda ? 35 : 30, 5, 300, "healthCheckIntervalSeconds");
        int timeout = ElbErrors.inRange(r.healthCheckTimeoutSeconds(), lambda ? 30 : http ? 5 : 10, 2, 120, "healthCheckTimeoutSeconds");
        if (timeout >= interval) {
            throw new AwsException("ValidationError", "Health check interval must be greater than the timeout.");
        }
        return new TargetGroupSettings(
                protocol,
                r.protocolVersion() != null ? r.protocolVersion() : http && !lambda ? "HTTP1" : null,
                r.port(),
                r.vpcId(),
                targetType,
                lambda ? null : r.ipAddressType() != null ? r.ipAddressType() : "ipv4",
                healthCheckProtocol,
                r.healthCheckPort() != null ? r.healthCheckPort() : lambda ? null : "traffic-port",
                r.healthCheckEnabled() != null ? r.healthCheckEnabled() : !lambda,
                httpCheck ? (r.healthCheckPath() != null ? r.healthCheckPath() : "/") : null,
                interval,
                timeout,
                ElbErrors.inRange(r.healthyThresholdCount(), 5, 2, 10, "healthyThresholdCount"),
                ElbErrors.inRange(r.unhealthyThresholdCount(), 2, 2, 10, "unhealthyThresholdCount"),
                httpCheck ? (r.matcherHttpCode() != null ? r.matcherHttpCode() : "200") : null,
                r.matcherGrpcCode());
    }

    /**
     * DescribeTargetGroups by ARNs or names (not both), paged with Marker and PageSize (1-400).
     * Any unknown ARN or name fails the whole call with TargetGroupNotFound.
     */
    @Transactional(readOnly = true)
    public Page<TargetGroup> describe(Scope scope, String loadBalancerArn, List<String> arns, List<String> names, Integer pageSize,
                                      String marker) {
        if (loadBalancerArn != null) {
            ElbErrors.requireArn(loadBalancerArn, "loadbalancer", "loadBalancerArn");
            Map<String, List<String>> users = loadBalancersByGroup(scope);
            List<TargetGroup> used = groups.findByAccountAndRegionOrderByArn(scope.account(), scope.region()).stream()
                    .filter(g -> users.getOrDefault(g.getArn(), List.of()).contains(loadBalancerArn)).toList();
            return ElbPages.page(used, TargetGroup::getArn, pageSize, marker);
        }
        if (!arns.isEmpty() && !names.isEmpty()) {
            throw new AwsException("ValidationError", "Target group ARNs and names cannot be specified at the same time");
        }
        List<TargetGroup> all = groups.findByAccountAndRegionOrderByArn(scope.account(), scope.region());
        List<TargetGroup> selected = all;
        if (!arns.isEmpty()) {
            selected = all.stream().filter(g -> arns.contains(g.getArn())).toList();
            if (selected.size() != Set.copyOf(arns).size()) {
                throw notFound();
            }
        } else if (!names.isEmpty()) {
            selected = all.stream().filter(g -> names.contains(g.getName())).toList();
            if (selected.size() != Set.copyOf(names).size()) {
                throw notFound();
            }
        }
        return ElbPages.page(selected, TargetGroup::getArn, pageSize, marker);
    }

    /**
     * ModifyTargetGroup: the health check settings given change, each checked as CreateTargetGroup
     * checks it; what is not given stays.
     */
    public TargetGroup modifyHealthCheck(Scope scope, String arn, TargetGroupRequest change) {
        TargetGroup group = get(scope, arn);
        TargetGroupSettings s = group.settings();
        TargetGroupRequest merged = new TargetGroupRequest(group.getName(), s.protocol(), s.protocolVersion(), s.port(), s.vpcId(), s.targetType(),
                s.ipAddressType(), or(change.healthCheckProtocol(), s.healthCheckProtocol()), or(change.healthCheckPort(), s.healthCheckPort()),
                or(change.healthCheckEnabled(), s.healthCheckEnabled()), or(change.healthCheckPath(), s.healthCheckPath()),
                or(change.healthCheckIntervalSeconds(), s.healthCheckIntervalSeconds()),
                or(change.healthCheckTimeoutSeconds(), s.healthCheckTimeoutSeconds()), or(change.healthyThresholdCount(), s.healthyThresholdCount()),
                or(change.unhealthyThresholdCount(), s.unhealthyThresholdCount()), or(change.matcherHttpCode(), s.matcherHttpCode()),
                or(change.matcherGrpcCode(), s.matcherGrpcCode()), Map.of());
        group.setHealthCheck(withDefaults(scope, merged));
        return group;
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }

    /** The load balancers whose listeners or rules forward to the group. */
    @Transactional(readOnly = true)
    public List<String> loadBalancersUsing(Scope scope, String arn) {
        return loadBalancersByGroup(scope).getOrDefault(arn, List.of());
    }

    /** For every target group of the scope that something forwards to, the load balancers that do, sorted: one read for many groups. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> loadBalancersByGroup(Scope scope) {
        Map<String, java.util.TreeSet<String>> merged = new java.util.HashMap<>();
        users.stream().forEach(u -> u.loadBalancersByTargetGroup(scope)
                .forEach((group, balancers) -> merged.computeIfAbsent(group, g -> new java.util.TreeSet<>()).addAll(balancers)));
        Map<String, List<String>> result = new java.util.HashMap<>();
        merged.forEach((group, balancers) -> result.put(group, List.copyOf(balancers)));
        return result;
    }

    public Map<String, String> modifyAttributes(Scope scope, String arn, Map<String, String> changes) {
        TargetGroup group = get(scope, arn);
        group.setAttributes(TargetGroupAttributes.modified(group.attributes(), changes));
        return group.attributes();
    }

    /** One target group of the scope by name (the simulation API's paths), or TargetGroupNotFound. */
    /** Every target group of every account and region, for the health checks. */
    @Transactional(readOnly = true)
    public List<TargetGroup> everyGroup() {
        return groups.findAll(org.springframework.data.domain.Sort.by("arn"));
    }

    /** The simulation API's way of naming one: by name, or by ARN. */
    @Transactional(readOnly = true)
    public TargetGroup byNameOrArn(Scope scope, String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? get(scope, nameOrArn) : byName(scope, nameOrArn);
    }

    @Transactional(readOnly = true)
    public TargetGroup byName(Scope scope, String name) {
        return groups.findByAccountAndRegionAndName(scope.account(), scope.region(), name).orElseThrow(TargetGroupService::notFound);
    }

    /** One target group of the scope by ARN, or TargetGroupNotFound. */
    @Transactional(readOnly = true)
    public TargetGroup get(Scope scope, String arn) {
        ElbErrors.requireArn(arn, "targetgroup", "targetGroupArn");
        return groups.findByArnAndAccountAndRegion(arn, scope.account(), scope.region()).orElseThrow(TargetGroupService::notFound);
    }

    /** DeleteTargetGroup is idempotent on AWS: deleting one that does not exist succeeds. */
    public void delete(Scope scope, String arn) {
        if (arn == null || arn.isEmpty()) {
            throw new AwsException("ValidationError", "1 validation error detected: Value null at 'targetGroupArn' failed to satisfy constraint: Member must not be null");
        }
        if (!arn.startsWith("arn:aws:elasticloadbalancing:") || !arn.contains(":targetgroup/")) {
            throw new AwsException("ValidationError", "'" + arn + "' is not a valid target group ARN");
        }
        groups.findByArnAndAccountAndRegion(arn, scope.account(), scope.region()).ifPresent(group -> {
            List<String> using = loadBalancersUsing(scope, arn);
            if (!using.isEmpty()) {
                throw new AwsException("ResourceInUse", "Target group '" + arn + "' is currently in use by a listener or a rule");
            }
            tags.forget(arn);
            targets.deleteAllOfGroup(arn);
            groups.delete(group);
        });
    }

    private static AwsException notFound() {
        return new AwsException("TargetGroupNotFound", "One or more target groups not found");
    }
}
