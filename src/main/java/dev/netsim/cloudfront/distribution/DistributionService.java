package dev.netsim.cloudfront.distribution;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontArns;
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
    static final int MAX_CONFLICTING_ALIASES = 100;
    private static final RestXmlBinder CONFIG_READER = new RestXmlBinder("InvalidArgument");

    private final DistributionRepository distributions;
    private final DistributionConfigRules rules;
    private final CloudFrontLocks locks;
    private final CloudFrontIds ids;
    private final CloudFrontSettings settings;
    private final DistributionChanges changes;
    private final ObjectProvider<DistributionTenants> tenants;
    private final Clock clock;

    DistributionService(DistributionRepository distributions, DistributionConfigRules rules, CloudFrontLocks locks, CloudFrontIds ids,
                        CloudFrontSettings settings, DistributionChanges changes, ObjectProvider<DistributionTenants> tenants, Clock clock) {
        this.distributions = distributions;
        this.rules = rules;
        this.locks = locks;
        this.ids = ids;
        this.settings = settings;
        this.changes = changes;
        this.tenants = tenants;
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
        Distribution d = new Distribution(id, scope.account(), CloudFrontArns.of(scope.account(), "distribution", id),
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
        if (!DistributionConfigRules.connectionMode(config).equals(DistributionConfigRules.connectionMode(config(d)))) {
            throw new AwsException("IllegalUpdate", "The ConnectionMode of a distribution cannot be changed: a standard distribution stays direct, a "
                    + "multi-tenant one tenant-only.");
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
        if (tenants.stream().anyMatch(t -> t.hasTenants(d.getId()))) {
            throw new AwsException("ResourceInUse", "The multi-tenant distribution " + id + " still has distribution tenants; delete them first.",
                    409);
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

    /** One alias that conflicts with another, and which distribution of which account holds it (another account's partly hidden). */
    public record ConflictingAlias(String alias, String distributionId, String accountId) {
    }

    /**
     * ListConflictingAliases: the aliases of every account's distributions that equal the alias or
     * overlap it through a wildcard ({@code *.example.com} and {@code www.example.com}).
     */
    @Transactional(readOnly = true)
    public Page<ConflictingAlias> conflicting(Scope scope, String distributionId, String alias, String marker, int maxItems) {
        if (maxItems < 1 || maxItems > MAX_CONFLICTING_ALIASES) {
            throw new AwsException("InvalidArgument", "MaxItems for conflicting aliases is from 1 to " + MAX_CONFLICTING_ALIASES + ", not "
                    + maxItems + ".");
        }
        get(scope, distributionId);
        List<ConflictingAlias> found = new java.util.ArrayList<>(aliasOverlaps(scope, alias));
        found.sort(java.util.Comparator.comparing(ConflictingAlias::alias).thenComparing(ConflictingAlias::distributionId));
        return Pager.page(found, c -> c.alias() + " " + c.distributionId(), maxItems, marker, "InvalidArgument");
    }

    /**
     * The aliases of every account's distributions that equal the domain or overlap it through a
     * wildcard, with their distribution (another account's partly hidden).
     */
    @Transactional(readOnly = true)
    public List<ConflictingAlias> aliasOverlaps(Scope scope, String domain) {
        String wanted = domain.toLowerCase(java.util.Locale.ROOT);
        List<ConflictingAlias> found = new java.util.ArrayList<>();
        for (Distribution d : distributions.findAll()) {
            for (String held : d.aliasList()) {
                if (overlaps(held, wanted)) {
                    boolean own = d.getAccount().equals(scope.account());
                    found.add(new ConflictingAlias(held, own ? d.getId() : hidden(d.getId()), own ? d.getAccount() : hidden(d.getAccount())));
                }
            }
        }
        return found;
    }

    /** Whether two domains are equal or one's wildcard covers the other. */
    public static boolean overlaps(String a, String b) {
        return a.equals(b) || (a.startsWith("*.") && b.endsWith(a.substring(1))) || (b.startsWith("*.") && a.endsWith(b.substring(1)));
    }

    /** Another account's id, all but its last four characters hidden, as CloudFront shows it. */
    public static String hidden(String id) {
        return "******" + id.substring(Math.max(0, id.length() - 4));
    }

    /** AssociateAlias: the alias moves to the target distribution, from whichever distribution of the account held it. */
    public Distribution associateAlias(Scope scope, String targetId, String alias) {
        Distribution target = get(scope, targetId);
        String name = alias == null ? "" : alias.toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
            throw new AwsException("InvalidArgument", "Give the alias to associate.");
        }
        locks.holdReferences();
        for (Distribution other : distributions.findByAliasesContainingIgnoreCase(name)) {
            if (other.getId().equals(target.getId()) || !other.aliasList().contains(name)) {
                continue;
            }
            if (!other.getAccount().equals(scope.account())) {
                throw new AwsException("IllegalUpdate", "The alias " + alias + " belongs to a distribution of another account.");
            }
            removeAlias(other, name);
        }
        addAlias(scope, target, alias);
        return target;
    }

    /** The distribution stops answering for the alias (a new config, deployed as any other). */
    public void removeAlias(Distribution d, String alias) {
        DistributionConfig config = config(d);
        List<String> kept = config.aliases() == null ? List.of() : config.aliases().items().stream().filter(a -> !a.equalsIgnoreCase(alias)).toList();
        apply(d, config.toBuilder().aliases(a -> a.quantity(kept.size()).items(kept)).build());
    }

    /** The distribution answers for the alias too, when its config still passes CloudFront's checks with it. */
    public void addAlias(Scope scope, Distribution d, String alias) {
        DistributionConfig config = config(d);
        List<String> aliases = new java.util.ArrayList<>(config.aliases() == null ? List.of() : config.aliases().items());
        if (aliases.stream().noneMatch(a -> a.equalsIgnoreCase(alias))) {
            aliases.add(alias);
            DistributionConfig moved = config.toBuilder().aliases(a -> a.quantity(aliases.size()).items(aliases)).build();
            rules.check(scope, moved);
            apply(d, moved);
        }
    }

    /**
     * AssociateDistributionWebACL (an AWS WAF v2 web ACL of CloudFront's scope) and, with no ARN,
     * DisassociateDistributionWebACL: the config's WebACLId changes, checked against If-Match when
     * one is given (these operations make it optional).
     */
    public Distribution setWebAcl(Scope scope, String id, String ifMatch, String webAclArn) {
        Distribution d = find(scope, id).orElseThrow(() -> new AwsException("EntityNotFound", "The distribution " + id + " does not exist.", 404));
        if (ifMatch != null && !ifMatch.isEmpty()) {
            CloudFrontLocks.checkIfMatch(d.getEtag(), ifMatch);
        }
        WebAcls.check(webAclArn);
        apply(d, config(d).toBuilder().webACLId(webAclArn == null ? "" : webAclArn).build());
        return d;
    }

    /** CopyDistribution: a new distribution with the primary's config, without its aliases and continuous deployment policy. */
    public Distribution copy(Scope scope, String primaryId, String ifMatch, String callerReference, boolean staging, Boolean enabled) {
        Distribution primary = get(scope, primaryId);
        if (ifMatch != null && !ifMatch.isEmpty()) {
            CloudFrontLocks.checkIfMatch(primary.getEtag(), ifMatch);
        }
        DistributionConfig source = config(primary);
        return create(scope, source.toBuilder().callerReference(callerReference).aliases(a -> a.quantity(0).items(List.of()))
                .continuousDeploymentPolicyId(null).staging(staging).enabled(enabled != null ? enabled : source.enabled()).build());
    }

    /** UpdateDistributionWithStagingConfig: the primary takes the staging config, keeping its aliases, policy and reference. */
    public Distribution promoteStaging(Scope scope, String primaryId, String stagingId, String ifMatch) {
        Distribution primary = get(scope, primaryId);
        Distribution staging = get(scope, stagingId);
        if (ifMatch == null || !ifMatch.contains(",")) {
            throw new AwsException("InvalidIfMatchVersion", "If-Match gives the ETags of the primary and the staging distribution: <primary>, <staging>.");
        }
        String[] etags = ifMatch.split(",");
        CloudFrontLocks.checkIfMatch(primary.getEtag(), etags[0].trim());
        CloudFrontLocks.checkIfMatch(staging.getEtag(), etags[1].trim());
        DistributionConfig current = config(primary);
        DistributionConfig promoted = config(staging).toBuilder().callerReference(current.callerReference()).aliases(current.aliases())
                .continuousDeploymentPolicyId(current.continuousDeploymentPolicyId()).staging(false).build();
        rules.check(scope, promoted);
        apply(primary, promoted);
        return primary;
    }

    /** CloudFront refuses an alias another distribution (of any account) already has, or a distribution tenant serves. */
    private void aliasesFree(DistributionConfig config, String self) {
        for (String alias : DistributionConfigRules.aliases(config)) {
            if (withAlias(alias).filter(other -> !other.getId().equals(self)).isPresent()
                    || tenants.stream().anyMatch(t -> t.tenantServing(alias).isPresent())) {
                throw cnameTaken(alias);
            }
        }
    }

    public static AwsException cnameTaken(String domain) {
        return new AwsException("CNAMEAlreadyExists", "One or more of the CNAMEs you provided are already associated with a different resource: "
                + domain + ".", 409);
    }

    /** The distribution (of any account) that has this alias, lower case. */
    @Transactional(readOnly = true)
    public Optional<Distribution> withAlias(String domain) {
        return distributions.findByAliasesContainingIgnoreCase(domain).stream().filter(d -> d.aliasList().contains(domain)).findFirst();
    }

    @Transactional(readOnly = true)
    public Distribution get(Scope scope, String id) {
        if (id == null || id.isEmpty()) {
            throw new AwsException("InvalidArgument", "The distribution id must not be empty.");
        }
        return distributions.findByIdAndAccount(id, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchDistribution", "The specified distribution does not exist.", 404));
    }

    /** The account's distribution with this id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Distribution> find(Scope scope, String id) {
        return id == null ? Optional.empty() : distributions.findByIdAndAccount(id, scope.account());
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


    /** ListDistributions: the marker is the id the page starts at. */
    @Transactional(readOnly = true)
    public Page<Distribution> list(Scope scope, String marker, String maxItems) {
        int max = PageSizes.maxItems(maxItems);
        return Pager.page(distributions.findByAccountOrderById(scope.account()), Distribution::getId, max,
                marker, "InvalidArgument");
    }
}
