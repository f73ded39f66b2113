package dev.netsim.cloudfront.distribution;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.CloudFrontSettings;
import dev.netsim.cloudfront.resource.CloudFrontIds;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;

/**
 * CloudFront distributions (global per account): created from a checked DistributionConfig
 * (CallerReference idempotency, aliases no other distribution holds), replaced only with the
 * current ETag in If-Match, InProgress after each change until {@code netsim.cloudfront.deploy-delay}
 * has passed, and deleted only when disabled and deployed.
 */
@Service
@Transactional
public class DistributionService {

    static final int MAX_DISTRIBUTIONS = 500;
    private static final RestXmlBinder CONFIG_READER = new RestXmlBinder("InvalidArgument");

    private final DistributionRepository distributions;
    private final DistributionConfigRules rules;
    private final CloudFrontLocks locks;
    private final CloudFrontIds ids;
    private final CloudFrontSettings settings;
    private final DistributionChanges changes;
    private final Clock clock;

    DistributionService(DistributionRepository distributions, DistributionConfigRules rules, CloudFrontLocks locks, CloudFrontIds ids,
                        CloudFrontSettings settings, DistributionChanges changes, Clock clock) {
        this.distributions = distributions;
        this.rules = rules;
        this.locks = locks;
        this.ids = ids;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    /** A new distribution, or the one an earlier request with this CallerReference and config made. */
    public Distribution create(Scope scope, DistributionConfig config) {
        rules.check(scope, config);
        locks.holdReferences();
        Distribution earlier = distributions.findByAccountAndCallerReference(scope.account(), config.callerReference()).orElse(null);
        if (earlier != null) {
            if (config(earlier).equals(config)) {
                return earlier;
            }
            throw new AwsException("DistributionAlreadyExists", "The caller reference that you are using to create a distribution is associated "
                    + "with another distribution. Already exists: " + earlier.getId(), 409);
        }
        if (distributions.countByAccount(scope.account()) >= MAX_DISTRIBUTIONS) {
            throw new AwsException("TooManyDistributions", "Your request contains more distributions than are allowed per AWS account ("
                    + MAX_DISTRIBUTIONS + ").");
        }
        aliasesFree(config, null);
        String id = ids.eId();
        Distribution d = new Distribution(id, scope.account(), "arn:aws:cloudfront::" + scope.account() + ":distribution/" + id,
                ids.distributionDomain(), config.callerReference());
        apply(d, config);
        return distributions.save(d);
    }

    public Distribution update(Scope scope, String id, String ifMatch, DistributionConfig config) {
        Distribution d = get(scope, id);
        CloudFrontLocks.checkIfMatch(d.getEtag(), ifMatch);
        rules.check(scope, config);
        if (!config.callerReference().equals(d.getCallerReference())) {
            throw new AwsException("IllegalUpdate", "The CallerReference of a distribution cannot be changed.");
        }
        locks.holdReferences();
        aliasesFree(config, d.getId());
        apply(d, config);
        return d;
    }

    public void delete(Scope scope, String id, String ifMatch) {
        Distribution d = get(scope, id);
        CloudFrontLocks.checkIfMatch(d.getEtag(), ifMatch);
        if (Boolean.TRUE.equals(config(d).enabled()) || !Distribution.DEPLOYED.equals(status(d))) {
            throw new AwsException("DistributionNotDisabled", "The distribution you are trying to delete has not been disabled, or its last change "
                    + "is not yet deployed.", 409);
        }
        distributions.delete(d);
        changes.changed();
    }

    private void apply(Distribution d, DistributionConfig config) {
        changes.changed();
        Instant now = clock.instant();
        d.apply(RestXmlEnvelopes.storedDocument("DistributionConfig", config), String.join("\n", DistributionConfigRules.aliases(config)), ids.etag(),
                now, now.plus(settings.deployDelay()));
    }

    /** CloudFront refuses an alias another distribution (of any account) already has. */
    private void aliasesFree(DistributionConfig config, String self) {
        for (String alias : DistributionConfigRules.aliases(config)) {
            for (Distribution other : distributions.findByAliasesContainingIgnoreCase(alias)) {
                if (!other.getId().equals(self) && Set.of(other.getAliases().split("\n")).contains(alias)) {
                    throw new AwsException("CNAMEAlreadyExists", "One or more of the CNAMEs you provided are already associated with a different "
                            + "resource: " + alias + ".", 409);
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public Distribution get(Scope scope, String id) {
        if (id == null || id.isEmpty()) {
            throw new AwsException("InvalidArgument", "The distribution id must not be empty.");
        }
        return distributions.findByIdAndAccount(id, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchDistribution", "The specified distribution does not exist.", 404));
    }

    /** The distribution, locked for a change to what it holds. */
    public Distribution lockForChange(Scope scope, String id) {
        get(scope, id);
        return distributions.lockByIdAndAccount(id, scope.account()).orElseThrow();
    }

    /** Every account's distributions (viewers reach them by domain name and alias). */
    @Transactional(readOnly = true)
    public List<Distribution> everyAccount() {
        return distributions.findAll();
    }

    /** The distribution of any account with this id (viewers reach {@code /_cloudfront/{id}/…}). */
    @Transactional(readOnly = true)
    public Optional<Distribution> byId(String id) {
        return distributions.findById(id);
    }

    public String status(Distribution d) {
        return d.status(clock.instant());
    }

    public static DistributionConfig config(Distribution d) {
        return (DistributionConfig) CONFIG_READER.readDocument(DistributionConfig.builder(), d.getConfigXml());
    }

    @Transactional(readOnly = true)
    public List<Distribution> all(Scope scope) {
        return distributions.findByAccountOrderById(scope.account());
    }

    /** ListDistributions: the marker is the id the page starts at. */
    @Transactional(readOnly = true)
    public Page<Distribution> list(Scope scope, String marker, String maxItems) {
        int max = PageSizes.maxItems(maxItems);
        return Pager.page(distributions.findByAccountOrderById(scope.account()), Distribution::getId, max,
                marker == null || marker.isEmpty() ? null : marker, "InvalidArgument");
    }
}
