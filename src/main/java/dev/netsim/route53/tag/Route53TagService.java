package dev.netsim.route53.tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.route53.healthcheck.HealthCheckDependents;
import dev.netsim.route53.healthcheck.HealthCheckService;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.route53.zone.ZoneDependents;

/** Tags of hosted zones and health checks: ChangeTagsForResource, ListTagsForResource(s); at most 50 per resource. */
@Service
@Transactional
public class Route53TagService implements ZoneDependents, HealthCheckDependents {

    static final int MAX_TAGS = 50;

    private final Route53TagRepository tags;
    private final HostedZoneService zones;
    private final HealthCheckService checks;

    public Route53TagService(Route53TagRepository tags, HostedZoneService zones, HealthCheckService checks) {
        this.tags = tags;
        this.zones = zones;
        this.checks = checks;
    }

    /** The resource's id as stored (a zone without its prefix); NoSuchHostedZone or NoSuchHealthCheck when it is not there. */
    private String resource(Scope scope, String type, String id) {
        return switch (type == null ? "" : type) {
            case "hostedzone" -> zones.get(scope, id).getId();
            case "healthcheck" -> checks.get(scope, id).getId();
            default -> throw new AwsException("InvalidInput", "Value '" + type + "' at 'resourceType' failed to satisfy constraint: Member must "
                    + "satisfy enum value set: [healthcheck, hostedzone]");
        };
    }

    public void change(Scope scope, String type, String id, Map<String, String> add, List<String> removeKeys) {
        String resource = resource(scope, type, id);
        if (add.size() > 10 || removeKeys.size() > 10) {
            throw new AwsException("InvalidInput", "ChangeTagsForResource adds and removes at most 10 tags per request.");
        }
        for (Map.Entry<String, String> tag : add.entrySet()) {
            if (tag.getKey() == null || tag.getKey().isEmpty() || tag.getKey().length() > 128 || tag.getValue().length() > 256) {
                throw new AwsException("InvalidInput", "Tag keys are 1 to 128 characters and values at most 256.");
            }
        }
        Map<String, Route53Tag> current = new LinkedHashMap<>();
        tags.findByResourceTypeAndResourceIdInOrderByTagKey(type, List.of(resource)).forEach(t -> current.put(t.getTagKey(), t));
        removeKeys.forEach(key -> {
            Route53Tag tag = current.remove(key);
            if (tag != null) {
                tags.delete(tag);
            }
        });
        add.forEach((key, value) -> {
            Route53Tag tag = current.get(key);
            if (tag != null) {
                tag.setValue(value);
            } else {
                current.put(key, tags.save(new Route53Tag(type, resource, scope.account(), key, value)));
            }
        });
        if (current.size() > MAX_TAGS) {
            throw new AwsException("InvalidInput", "A resource can have at most " + MAX_TAGS + " tags.");
        }
    }

    @Override
    public void zoneDeleted(String zoneId) {
        tags.deleteAll(tags.findByResourceTypeAndResourceIdInOrderByTagKey("hostedzone", List.of(zoneId)));
    }

    @Override
    public void healthCheckDeleted(String healthCheckId) {
        tags.deleteAll(tags.findByResourceTypeAndResourceIdInOrderByTagKey("healthcheck", List.of(healthCheckId)));
    }

    /** The tags of each resource, in key order, for resources that all exist. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> list(Scope scope, String type, List<String> ids) {
        if (ids.size() > 10) {
            throw new AwsException("InvalidInput", "ListTagsForResources takes at most 10 resource ids.");
        }
        Map<String, Map<String, String>> byResource = new LinkedHashMap<>();
        ids.forEach(id -> byResource.put(resource(scope, type, id), new LinkedHashMap<>()));
        tags.findByResourceTypeAndResourceIdInOrderByTagKey(type, byResource.keySet())
                .forEach(t -> byResource.get(t.getResourceId()).put(t.getTagKey(), t.getTagValue()));
        return byResource;
    }
}
