package dev.netsim.cloudfront.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.simulation.cdn.OriginObject;
import dev.netsim.simulation.cdn.OriginObjects;

/**
 * The simulated origins of distributions: for each origin of a distribution, what a path (or a path
 * pattern such as {@code /images/*}) answers. Set whole per origin through the JSON API; an origin
 * nobody set answers 404 to everything.
 */
@Service
@Transactional
public class SimulatedOrigins {

    private final OriginObjectRepository objects;
    private final DistributionService distributions;

    SimulatedOrigins(OriginObjectRepository objects, DistributionService distributions) {
        this.objects = objects;
        this.distributions = distributions;
    }

    /** Replaces what the origin answers. */
    public void replace(Scope scope, String distributionId, String originId, Map<String, OriginObject> byPath) {
        Distribution d = distributions.get(scope, distributionId);
        boolean known = DistributionService.config(d).origins().items().stream().anyMatch(o -> o.id().equals(originId));
        if (!known) {
            throw new AwsException("NoSuchOrigin", "The distribution " + distributionId + " has no origin " + originId + ".", 404);
        }
        byPath.forEach((path, object) -> {
            if (path == null || !path.startsWith("/") || path.length() > 1024) {
                throw new AwsException("InvalidArgument", "An object's path begins with a slash and is at most 1024 characters: " + path);
            }
            if (object.status() < 200 || object.status() > 599 || object.bodySize() < 0 || object.latencyMillis() < 0) {
                throw new AwsException("InvalidArgument", "The object at " + path + " needs a status from 200 to 599 and sizes and latencies of 0 "
                        + "or more.");
            }
        });
        objects.deleteByDistributionIdAndOriginId(d.getId(), originId);
        objects.flush();
        byPath.forEach((path, object) -> objects.save(new OriginObjectRow(d.getId(), originId, path, object)));
    }

    @Transactional(readOnly = true)
    public Map<String, OriginObject> of(Scope scope, String distributionId, String originId) {
        Distribution d = distributions.get(scope, distributionId);
        Map<String, OriginObject> byPath = new LinkedHashMap<>();
        objects.findByDistributionIdOrderByOriginIdAscPathAsc(d.getId()).stream().filter(r -> r.getOriginId().equals(originId))
                .forEach(r -> byPath.put(r.getPath(), r.object()));
        return byPath;
    }

    /** Every origin's objects of a distribution, for the engine. */
    @Transactional(readOnly = true)
    public OriginObjects all(String distributionId) {
        Map<String, Map<String, OriginObject>> byOrigin = new LinkedHashMap<>();
        List<OriginObjectRow> rows = objects.findByDistributionIdOrderByOriginIdAscPathAsc(distributionId);
        rows.forEach(r -> byOrigin.computeIfAbsent(r.getOriginId(), o -> new LinkedHashMap<>()).put(r.getPath(), r.object()));
        return new OriginObjects(byOrigin);
    }
}
