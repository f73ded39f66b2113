package dev.netsim.cloudfront.simulation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.netsim.cloudfront.CloudFrontSettings;
import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.cloudfront.invalidation.InvalidationService;
import dev.netsim.cloudfront.tenant.DistributionTenant;
import dev.netsim.cloudfront.tenant.DistributionTenantService;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.StateResetEvent;
import dev.netsim.common.clock.SimulationClock;
import dev.netsim.common.persistence.CommittedWrites;
import dev.netsim.common.persistence.SeparateReads;
import dev.netsim.simulation.cdn.CdnCache;
import dev.netsim.simulation.cdn.CdnDecision;
import dev.netsim.simulation.cdn.CdnEngine;
import dev.netsim.simulation.cdn.EdgeLocation;
import dev.netsim.simulation.cdn.EdgeLocations;
import dev.netsim.simulation.cdn.InvalidationRecord;
import dev.netsim.simulation.cdn.ViewerRequest;

/**
 * Viewer requests to distributions (and to the tenants of multi-tenant ones), answered by the CDN
 * engine at the account's simulation clock.
 * Each distribution keeps its caches (edge, regional, Origin Shield) for as long as this node runs
 * — like a real cache, they are this node's own — and an engine assembled from one consistent read
 * of its config, policies, simulated origins and invalidations, until the next committed write.
 */
@Service
public class CdnSimulationService {

    private record Built(long version, String account, CdnEngine engine) {
    }

    /**
     * What a batch of requests came to: outcomes, hit ratio and origin fetches, in all, per edge and
     * per behaviour. The hit ratio counts every answer from a cache: Hit, RefreshHit and cached errors.
     */
    public record CdnBatchSummary(int requests, int hits, int refreshHits, int misses, int errors, int redirects, double hitRatio, int originFetches,
                               Map<String, CdnTally> byEdge, Map<String, CdnTally> byBehavior) {
    }

    /** Requests, cache hits (Hit and RefreshHit) and origin fetches of one edge or behaviour. */
    public record CdnTally(int requests, int hits, int originFetches, double hitRatio) {
    }

    /** How a tenant's id begins, and a distribution's never does. */
    static final String TENANT_PREFIX = "dt_";

    private final DistributionService distributions;
    private final DistributionTenantService tenants;
    private final CdnDistributions compiler;
    private final SimulatedOrigins origins;
    private final InvalidationService invalidations;
    private final SimulationClock clock;
    private final CommittedWrites writes;
    private final TransactionTemplate reads;
    private final EdgeLocations edges;
    private final EdgeLocation homeEdge;
    private final Map<String, CdnCache> caches = new ConcurrentHashMap<>();
    private final Map<String, Built> engines = new ConcurrentHashMap<>();

    CdnSimulationService(DistributionService distributions, DistributionTenantService tenants, CdnDistributions compiler, SimulatedOrigins origins, InvalidationService invalidations,
                         SimulationClock clock, CommittedWrites writes, PlatformTransactionManager transactions, CloudFrontSettings settings) {
        this.distributions = distributions;
        this.tenants = tenants;
        this.compiler = compiler;
        this.origins = origins;
        this.invalidations = invalidations;
        this.clock = clock;
        this.writes = writes;
        this.reads = SeparateReads.of(transactions);
        this.edges = EdgeTable.load(settings.edgesFile());
        this.homeEdge = edges.find(settings.homeEdge())
                .orElseThrow(() -> new IllegalStateException("netsim.cloudfront.home-edge names no edge location: " + settings.homeEdge()));
    }

    public CdnDecision request(Scope scope, String distributionId, ViewerRequest request, Long seed) {
        CdnEngine engine = engine(scope, distributionId);
        Instant now = clock.now(scope);
        return handle(() -> engine.handle(request, now, random(seed)));
    }

    public CdnBatchSummary batch(Scope scope, String distributionId, List<ViewerRequest> requests, Long seed) {
        CdnEngine engine = engine(scope, distributionId);
        Instant now = clock.now(scope);
        RandomGenerator random = random(seed);
        int hits = 0;
        int refreshHits = 0;
        int misses = 0;
        int errors = 0;
        int redirects = 0;
        int fetches = 0;
        int fromCache = 0;
        Map<String, int[]> byEdge = new LinkedHashMap<>();
        Map<String, int[]> byBehavior = new LinkedHashMap<>();
        for (ViewerRequest request : requests) {
            CdnDecision d = handle(() -> engine.handleQuietly(request, now, random));
            boolean hit = d.ageSeconds() != null; // only answers from a cache (RefreshHit and cached errors too) have an age
            fromCache += hit ? 1 : 0;
            switch (d.outcome()) {
                case CdnDecision.HIT -> hits++;
                case CdnDecision.REFRESH_HIT -> refreshHits++;
                case CdnDecision.MISS -> misses++;
                case CdnDecision.REDIRECT -> redirects++;
                default -> errors++;
            }
            fetches += d.originFetches();
            count(byEdge, d.edge(), hit, d.originFetches());
            count(byBehavior, d.behavior(), hit, d.originFetches());
        }
        int n = requests.size();
        return new CdnBatchSummary(n, hits, refreshHits, misses, errors, redirects, n == 0 ? 0 : fromCache / (double) n, fetches,
                tallies(byEdge), tallies(byBehavior));
    }

    private static void count(Map<String, int[]> tallies, String key, boolean hit, int fetches) {
        int[] t = tallies.computeIfAbsent(key == null ? "none" : key, k -> new int[3]);
        t[0]++;
        t[1] += hit ? 1 : 0;
        t[2] += fetches;
    }

    private static Map<String, CdnTally> tallies(Map<String, int[]> counts) {
        Map<String, CdnTally> out = new LinkedHashMap<>();
        counts.forEach((k, t) -> out.put(k, new CdnTally(t[0], t[1], t[2], t[0] == 0 ? 0 : t[1] / (double) t[0])));
        return out;
    }

    /** An unknown edge code is the caller's mistake, answered as CloudFront's InvalidArgument. */
    private CdnDecision handle(java.util.function.Supplier<CdnDecision> decide) {
        try {
            return decide.get();
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidArgument", e.getMessage() + "; the edge locations are " + edges.all().stream()
                    .map(EdgeLocation::pop).toList() + ".");
        }
    }

    private static RandomGenerator random(Long seed) {
        return seed == null ? new Random() : new Random(seed);
    }

    private CdnEngine engine(Scope scope, String distributionId) {
        long version = writes.version();
        Built built = engines.get(distributionId);
        if (built != null && built.version() == version && built.account().equals(scope.account())) {
            return built.engine();
        }
        Built fresh = writes.readingConsistently(v -> reads.execute(status -> build(scope, distributionId, v)));
        engines.put(distributionId, fresh);
        return fresh.engine();
    }

    /**
     * The engine of a standard distribution, or of one tenant of a multi-tenant distribution (which
     * viewers reach only through its tenants): the tenant's domains and parameter values, its own
     * caches, and the distribution's invalidations with the tenant's.
     */
    private Built build(Scope scope, String id, long version) {
        if (id.startsWith(TENANT_PREFIX)) {
            DistributionTenant tenant = tenants.get(scope, id);
            Distribution d = distributions.get(scope, tenant.getDistributionId());
            return new Built(version, d.getAccount(), new CdnEngine(compiler.compileForTenant(scope, d, tenant.domainList(),
                    tenants.parameterValues(tenant)), edges, homeEdge, origins.all(d.getId()), invalidations(d.getId(), tenant.getId()),
                    caches.computeIfAbsent(tenant.getId(), key -> new CdnCache())));
        }
        Distribution d = distributions.get(scope, id);
        if ("tenant-only".equals(DistributionService.config(d).connectionModeAsString())) {
            throw new AwsException("InvalidArgument", "The multi-tenant distribution " + id + " serves viewers through its distribution tenants; "
                    + "simulate one of them (/api/simulate/cdn/{tenantId}/requests).");
        }
        return new Built(version, d.getAccount(), new CdnEngine(compiler.compile(scope, d), edges, homeEdge, origins.all(d.getId()),
                invalidations(d.getId(), null), caches.computeIfAbsent(d.getId(), key -> new CdnCache())));
    }

    private List<InvalidationRecord> invalidations(String distributionId, String tenantId) {
        return invalidations.affecting(distributionId, tenantId).stream().map(i -> new InvalidationRecord(i.getId(), i.getCreated().toEpochMilli(),
                InvalidationService.batch(i).paths().items())).toList();
    }

    /** The name viewers reach it by: a distribution's CloudFront domain name, a tenant's first domain. */
    public String hostOf(Scope scope, String id) {
        return id.startsWith(TENANT_PREFIX) ? tenants.get(scope, id).domainList().get(0) : distributions.get(scope, id).getDomainName();
    }

    /** The caches of the distribution (or tenant) start empty again. */
    public void clearCaches(Scope scope, String distributionId) {
        if (distributionId.startsWith(TENANT_PREFIX)) {
            tenants.get(scope, distributionId);
        } else {
            distributions.get(scope, distributionId);
        }
        CdnCache cache = caches.get(distributionId);
        if (cache != null) {
            cache.clear();
        }
    }

    @EventListener(StateResetEvent.class)
    void reset() {
        caches.clear();
        engines.clear();
    }
}
