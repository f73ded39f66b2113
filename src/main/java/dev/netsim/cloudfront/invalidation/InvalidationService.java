package dev.netsim.cloudfront.invalidation;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.CloudFrontSettings;
import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.cloudfront.distribution.InvalidationCounts;
import dev.netsim.cloudfront.resource.CloudFrontIds;
import dev.netsim.cloudfront.resource.Quantities;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.clock.SimulationClock;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.InvalidationBatch;

/**
 * Invalidations with CloudFront's path rules: each path begins with a slash, is at most 4,000
 * characters, and has {@code *} only as its last character; a distribution has at most 3,000 file
 * paths and 15 wildcard paths in progress; a batch repeated with its CallerReference returns the
 * first. InProgress until {@code netsim.cloudfront.invalidation-delay} has passed, then Completed.
 * Invalidations are made at the account's simulation clock, the time the CDN simulation runs at, so
 * that one made after the clock was moved on still removes what was cached before it.
 */
@Service
@Transactional
public class InvalidationService implements InvalidationCounts {

    static final int MAX_FILE_PATHS_IN_PROGRESS = 3000;
    static final int MAX_WILDCARDS_IN_PROGRESS = 15;
    static final int MAX_PATH_LENGTH = 4000;
    private static final RestXmlBinder READER = new RestXmlBinder("InvalidArgument");

    private final InvalidationRepository invalidations;
    private final DistributionService distributions;
    private final CloudFrontIds ids;
    private final CloudFrontSettings settings;
    private final SimulationClock clock;

    InvalidationService(InvalidationRepository invalidations, DistributionService distributions, CloudFrontIds ids, CloudFrontSettings settings,
                        SimulationClock clock) {
        this.invalidations = invalidations;
        this.distributions = distributions;
        this.ids = ids;
        this.settings = settings;
        this.clock = clock;
    }

    public Invalidation create(Scope scope, String distributionId, InvalidationBatch batch) {
        return create(scope, distributions.lockForChange(scope, distributionId), null, batch);
    }

    /** An invalidation of one tenant's objects: the limits and caller references are the tenant's own. */
    public Invalidation createForTenant(Scope scope, String distributionId, String tenantId, InvalidationBatch batch) {
        return create(scope, distributions.lockForChange(scope, distributionId), tenantId, batch);
    }

    private Invalidation create(Scope scope, Distribution d, String tenantId, InvalidationBatch batch) {
        if (batch == null || batch.paths() == null) {
            throw new AwsException("MissingBody", "The request has no InvalidationBatch.");
        }
        Quantities.check(batch);
        if (batch.callerReference() == null || batch.callerReference().isEmpty() || batch.callerReference().length() > 255) {
            throw new AwsException("InvalidArgument", "The CallerReference of an invalidation batch is 1 to 255 characters long.");
        }
        List<String> paths = batch.paths().items();
        if (paths.isEmpty()) {
            throw invalidPaths("an invalidation needs at least one path");
        }
        for (String path : paths) {
            if (!path.startsWith("/") || path.length() > MAX_PATH_LENGTH || path.indexOf('*') >= 0 && path.indexOf('*') != path.length() - 1) {
                throw invalidPaths(path + " must begin with a slash, be at most " + MAX_PATH_LENGTH + " characters and have * only at its end");
            }
        }
        List<Invalidation> existing = batches(d.getId(), tenantId);
        for (Invalidation earlier : existing) {
            if (earlier.getCallerReference().equals(batch.callerReference())) {
                if (batch(earlier).equals(batch)) {
                    return earlier; // the same batch again: CloudFront answers with the first
                }
                throw new AwsException("InvalidArgument", "The caller reference " + batch.callerReference()
                        + " belongs to another invalidation batch of this distribution, with other paths.");
            }
        }
        long wildcards = paths.stream().filter(p -> p.endsWith("*")).count();
        long files = paths.size() - wildcards;
        if (files > MAX_FILE_PATHS_IN_PROGRESS) {
            throw new AwsException("BatchTooLarge", "An invalidation batch can hold at most " + MAX_FILE_PATHS_IN_PROGRESS + " file paths.", 413);
        }
        Instant now = clock.now(scope);
        for (Invalidation running : existing) {
            if (running.status(now).equals(Invalidation.IN_PROGRESS)) {
                List<String> runningPaths = batch(running).paths().items();
                long runningWildcards = runningPaths.stream().filter(p -> p.endsWith("*")).count();
                wildcards += runningWildcards;
                files += runningPaths.size() - runningWildcards;
            }
        }
        if (files > MAX_FILE_PATHS_IN_PROGRESS || wildcards > MAX_WILDCARDS_IN_PROGRESS) {
            throw new AwsException("TooManyInvalidationsInProgress", "A distribution can have at most " + MAX_FILE_PATHS_IN_PROGRESS
                    + " file paths and " + MAX_WILDCARDS_IN_PROGRESS + " wildcard paths in progress.");
        }
        Invalidation created = new Invalidation(ids.invalidationId(), d.getId(), tenantId, batch.callerReference(), now,
                now.plus(settings.invalidationDelay()), RestXmlEnvelopes.storedDocument("InvalidationBatch", batch));
        return invalidations.save(created);
    }

    /** The distribution's own invalidation (tenantId null) or the tenant's. */
    @Transactional(readOnly = true)
    public Invalidation get(Scope scope, String distributionId, String tenantId, String id) {
        Distribution d = distributions.get(scope, distributionId);
        return invalidations.findById(id).filter(i -> i.getDistributionId().equals(d.getId()) && java.util.Objects.equals(i.getTenantId(), tenantId))
                .orElseThrow(() -> new AwsException("NoSuchInvalidation", "The specified invalidation does not exist.", 404));
    }

    /** The distribution's own invalidations (tenantId null) or the tenant's, newest first, as CloudFront lists them. */
    @Transactional(readOnly = true)
    public Page<Invalidation> list(Scope scope, String distributionId, String tenantId, String marker, int maxItems) {
        Distribution d = distributions.get(scope, distributionId);
        return Pager.page(batches(d.getId(), tenantId), Invalidation::getId, maxItems, marker, "InvalidArgument");
    }

    private List<Invalidation> batches(String distributionId, String tenantId) {
        return tenantId == null ? invalidations.findByDistributionIdAndTenantIdIsNullOrderByCreatedDescIdDesc(distributionId)
                : invalidations.findByTenantIdOrderByCreatedDescIdDesc(tenantId);
    }

    /**
     * The invalidations that clear a distribution's cache (tenantId null) or one tenant's — the
     * distribution's own and the tenant's — newest first (the CDN engine removes what each matches).
     */
    @Transactional(readOnly = true)
    public List<Invalidation> affecting(String distributionId, String tenantId) {
        return invalidations.findByDistributionIdOrderByCreatedDescIdDesc(distributionId).stream()
                .filter(i -> i.getTenantId() == null || i.getTenantId().equals(tenantId)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int inProgress(Scope scope, String distributionId) {
        Instant now = clock.now(scope);
        return (int) batches(distributionId, null).stream()
                .filter(i -> i.status(now).equals(Invalidation.IN_PROGRESS)).count();
    }

    public String status(Scope scope, Invalidation invalidation) {
        return invalidation.status(clock.now(scope));
    }

    public static InvalidationBatch batch(Invalidation invalidation) {
        return (InvalidationBatch) READER.readDocument(InvalidationBatch.builder(), invalidation.getBatchXml());
    }

    private static AwsException invalidPaths(String why) {
        return new AwsException("InvalidArgument", "Your request contains one or more invalid invalidation paths: " + why + ".");
    }
}
