package dev.netsim.cloudfront.tenant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.connection.ConnectionGroupService;
import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;

/**
 * The domains that standard distributions (as aliases) and distribution tenants serve, taken
 * together: which of them conflict with a domain, moving one from its holder to another resource,
 * and whether a tenant's domains point at its connection group.
 */
@Service
@Transactional
public class DomainAssociations {

    static final String DISTRIBUTION = "distribution";
    static final String TENANT = "distribution-tenant";

    /** A domain some resource serves that equals the domain asked about or overlaps it through a wildcard. */
    record Conflict(String domain, String resourceType, String resourceId, String accountId) {
    }

    /** The resource a domain moved to, and its new ETag. */
    record Moved(String domain, String resourceId, String etag) {
    }

    private final DistributionService distributions;
    private final DistributionTenantService tenants;
    private final ConnectionGroupService connectionGroups;
    private final TenantDnsChecks dns;
    private final CloudFrontLocks locks;

    DomainAssociations(DistributionService distributions, DistributionTenantService tenants, ConnectionGroupService connectionGroups,
                       TenantDnsChecks dns, CloudFrontLocks locks) {
        this.distributions = distributions;
        this.tenants = tenants;
        this.connectionGroups = connectionGroups;
        this.dns = dns;
        this.locks = locks;
    }

    /**
     * ListDomainConflicts: every account's distribution aliases and tenant domains that overlap the
     * domain (another account's resource partly hidden); the resource named for domain control
     * validation must be the caller's.
     */
    @Transactional(readOnly = true)
    public Page<Conflict> conflicts(Scope scope, String domain, String distributionId, String tenantId, String marker, int max) {
        resource(scope, distributionId, tenantId);
        String wanted = lower(domain);
        List<Conflict> found = new ArrayList<>();
        distributions.aliasOverlaps(scope, wanted).forEach(a -> found.add(new Conflict(a.alias(), DISTRIBUTION, a.distributionId(), a.accountId())));
        for (DistributionTenant t : tenants.everyAccount()) {
            boolean own = t.getAccount().equals(scope.account());
            t.domainList().stream().filter(d -> DistributionService.overlaps(d, wanted)).forEach(d -> found.add(new Conflict(d, TENANT,
                    own ? t.getId() : DistributionService.hidden(t.getId()), own ? t.getAccount() : DistributionService.hidden(t.getAccount()))));
        }
        found.sort(Comparator.comparing(Conflict::domain).thenComparing(Conflict::resourceId));
        return Pager.page(found, c -> c.domain() + " " + c.resourceId(), max, marker, "InvalidArgument");
    }

    /**
     * UpdateDomainAssociation: the domain leaves the disabled distribution or tenant of the account
     * that serves it and joins the target (whose ETag If-Match names, when given).
     */
    public Moved move(Scope scope, String domain, String distributionId, String tenantId, String ifMatch) {
        if ((distributionId == null) == (tenantId == null)) {
            throw new AwsException("InvalidArgument", "The TargetResource gives either a DistributionId or a DistributionTenantId.");
        }
        String name = lower(domain);
        locks.holdReferences();
        Object target = resource(scope, distributionId, tenantId);
        if (ifMatch != null && !ifMatch.isEmpty()) {
            CloudFrontLocks.checkIfMatch(target instanceof Distribution d ? d.getEtag() : ((DistributionTenant) target).getEtag(), ifMatch);
        }
        var fromDistribution = distributions.withAlias(name);
        var fromTenant = tenants.servedBy(name);
        if (fromDistribution.isEmpty() && fromTenant.isEmpty()) {
            throw new AwsException("EntityNotFound", "No distribution or distribution tenant serves the domain " + domain + ".", 404);
        }
        if (fromDistribution.isPresent()) {
            Distribution source = fromDistribution.get();
            holdable(scope, source.getAccount(), Boolean.TRUE.equals(DistributionService.config(source).enabled()), domain);
            distributions.removeAlias(source, name);
        } else {
            DistributionTenant source = fromTenant.get();
            holdable(scope, source.getAccount(), source.isEnabled(), domain);
            List<String> kept = source.domainList().stream().filter(d -> !d.equals(name)).toList();
            if (kept.isEmpty()) {
                throw new AwsException("IllegalUpdate", "The domain " + domain + " is the only one of distribution tenant " + source.getId()
                        + ", which needs at least one.");
            }
            tenants.setDomains(source, kept);
        }
        if (target instanceof Distribution d) {
            distributions.addAlias(scope, d, name);
            return new Moved(name, d.getId(), d.getEtag());
        }
        DistributionTenant t = (DistributionTenant) target;
        if (!t.domainList().contains(name)) {
            List<String> domains = new ArrayList<>(t.domainList());
            domains.add(name);
            tenants.setDomains(t, domains);
        }
        return new Moved(name, t.getId(), t.getEtag());
    }

    /** VerifyDnsConfiguration: the tenant's domains (or the one given, which must be its), each checked against its routing endpoint. */
    @Transactional(readOnly = true)
    public List<TenantDnsChecks.DnsCheck> verify(Scope scope, String tenantIdentifier, String domain) {
        DistributionTenant tenant = tenants.get(scope, tenantIdentifier);
        List<String> domains = tenant.domainList();
        if (domain != null) {
            if (!domains.contains(lower(domain))) {
                throw new AwsException("InvalidArgument", "The domain " + domain + " is not one of distribution tenant " + tenant.getId() + "'s.");
            }
            domains = List.of(lower(domain));
        }
        String endpoint = connectionGroups.get(scope, tenant.getConnectionGroupId()).getRoutingEndpoint();
        return domains.stream().map(d -> dns.check(d, endpoint)).toList();
    }

    private static void holdable(Scope scope, String account, boolean enabled, String domain) {
        if (!account.equals(scope.account())) {
            throw new AwsException("IllegalUpdate", "The domain " + domain + " is served by a resource of another account.");
        }
        if (enabled) {
            throw new AwsException("IllegalUpdate", "Disable the distribution or distribution tenant that serves " + domain + " before moving it.");
        }
    }

    /** The caller's distribution or tenant the request names. */
    private Object resource(Scope scope, String distributionId, String tenantId) {
        if (distributionId != null) {
            return distributions.find(scope, distributionId)
                    .orElseThrow(() -> new AwsException("EntityNotFound", "The distribution " + distributionId + " does not exist.", 404));
        }
        if (tenantId != null) {
            return tenants.get(scope, tenantId);
        }
        throw new AwsException("InvalidArgument", "Give a DistributionId or a DistributionTenantId.");
    }

    private static String lower(String domain) {
        if (domain == null || domain.isEmpty()) {
            throw new AwsException("InvalidArgument", "Give the domain.");
        }
        return domain.toLowerCase(Locale.ROOT);
    }
}
