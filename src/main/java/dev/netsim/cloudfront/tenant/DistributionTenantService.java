package dev.netsim.cloudfront.tenant;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.CloudFrontSettings;
import dev.netsim.cloudfront.connection.ConnectionGroup;
import dev.netsim.cloudfront.connection.ConnectionGroupService;
import dev.netsim.cloudfront.connection.ConnectionGroupUsers;
import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionChanges;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.cloudfront.distribution.DistributionTenants;
import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.resource.CloudFrontIds;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.cloudfront.tag.TaggableResources;
import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.common.persistence.StoredJson;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.Customizations;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.ManagedCertificateRequest;
import software.amazon.awssdk.services.cloudfront.model.Parameter;

/**
 * Distribution tenants: each serves a multi-tenant distribution's config for its own domains
 * (which no distribution alias and no other tenant, of any account, may hold), through a
 * connection group (the account's default one when it names none), with its customizations and
 * parameter values checked against the distribution's TenantConfig. Changed and deleted with the
 * current ETag, deleted only when disabled; InProgress after each change for the deploy delay.
 * Found by id, ARN or name.
 */
@Service
@Transactional
public class DistributionTenantService implements DistributionTenants, ConnectionGroupUsers, TaggableResources {

    static final int MAX_TENANTS = 10_000;
    private static final RestXmlBinder READER = new RestXmlBinder("InvalidArgument");

    private final DistributionTenantRepository tenants;
    private final DistributionService distributions;
    private final ConnectionGroupService connectionGroups;
    private final CloudFrontLocks locks;
    private final CloudFrontIds etags;
    private final IdGenerator ids;
    private final CloudFrontSettings settings;
    private final DistributionChanges changes;
    private final Clock clock;

    DistributionTenantService(DistributionTenantRepository tenants, DistributionService distributions, ConnectionGroupService connectionGroups,
                              CloudFrontLocks locks, CloudFrontIds etags, IdGenerator ids, CloudFrontSettings settings, DistributionChanges changes,
                              Clock clock) {
        this.tenants = tenants;
        this.distributions = distributions;
        this.connectionGroups = connectionGroups;
        this.locks = locks;
        this.etags = etags;
        this.ids = ids;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    public DistributionTenant create(Scope scope, String name, TenantRequest request) {
        TenantRules.name(name);
        locks.holdReferences();
        if (tenants.findByAccountAndName(scope.account(), name).isPresent()) {
            throw new AwsException("EntityAlreadyExists", "A distribution tenant named " + name + " already exists.", 409);
        }
        if (tenants.countByAccount(scope.account()) >= MAX_TENANTS) {
            throw new AwsException("EntityLimitExceeded", "You have reached the maximum number of distribution tenants (" + MAX_TENANTS + ").");
        }
        DistributionTenant tenant = new DistributionTenant("dt_" + ids.lowerAlnum(22), scope.account(), name, clock.instant());
        TenantSettings wanted = settings(scope, null, request.distributionId(), request);
        apply(tenant, wanted);
        return tenants.save(tenant);
    }

    public DistributionTenant update(Scope scope, String id, String ifMatch, TenantRequest request) {
        DistributionTenant tenant = get(scope, id);
        CloudFrontLocks.checkIfMatch(tenant.getEtag(), ifMatch);
        locks.holdReferences();
        apply(tenant, settings(scope, tenant, request.distributionId() != null ? request.distributionId() : tenant.getDistributionId(), request));
        return tenant;
    }

    public void delete(Scope scope, String id, String ifMatch) {
        DistributionTenant tenant = get(scope, id);
        CloudFrontLocks.checkIfMatch(tenant.getEtag(), ifMatch);
        if (tenant.isEnabled()) {
            throw new AwsException("ResourceNotDisabled", "Disable the distribution tenant " + id + " before deleting it.", 409);
        }
        tenants.delete(tenant);
        changes.changed();
    }

    /** AssociateDistributionTenantWebACL and, with no ARN, Disassociate: the tenant's web ACL customization overrides, or is gone. */
    public DistributionTenant setWebAcl(Scope scope, String id, String ifMatch, String webAclArn) {
        DistributionTenant tenant = get(scope, id);
        if (ifMatch != null && !ifMatch.isEmpty()) {
            CloudFrontLocks.checkIfMatch(tenant.getEtag(), ifMatch);
        }
        Customizations current = customizations(tenant);
        Customizations.Builder changed = current == null ? Customizations.builder() : current.toBuilder();
        changed.webAcl(webAclArn == null ? null : software.amazon.awssdk.services.cloudfront.model.WebAclCustomization.builder()
                .action("override").arn(webAclArn).build());
        Customizations result = changed.build();
        TenantRules.customizations(result);
        apply(tenant, tenant.settings().withCustomizationsXml(xmlOrNull(result)));
        return tenant;
    }

    /** By id, ARN or name. */
    @Transactional(readOnly = true)
    public DistributionTenant get(Scope scope, String identifier) {
        String id = CloudFrontArns.idOrSelf(identifier, scope.account(), DistributionTenant.ARN_TYPE);
        return tenants.findByIdAndAccount(id, scope.account()).or(() -> tenants.findByAccountAndName(scope.account(), id))
                .orElseThrow(() -> new AwsException("EntityNotFound", "The distribution tenant " + identifier + " does not exist.", 404));
    }

    /** The account's tenant that serves this domain. */
    @Transactional(readOnly = true)
    public DistributionTenant byDomain(Scope scope, String domain) {
        return servedBy(domain == null ? "" : domain.toLowerCase(java.util.Locale.ROOT)).filter(t -> t.getAccount().equals(scope.account()))
                .orElseThrow(() -> new AwsException("EntityNotFound", "No distribution tenant serves the domain " + domain + ".", 404));
    }

    /** The account's tenants in id order that pass the filter, a page at a time. */
    @Transactional(readOnly = true)
    public Page<DistributionTenant> list(Scope scope, Predicate<DistributionTenant> filter, String marker, int max) {
        return Pager.page(tenants.findByAccountOrderById(scope.account()).stream().filter(filter).toList(), DistributionTenant::getId, max, marker,
                "InvalidArgument");
    }

    /** Every account's tenants, for viewers reaching them by domain. */
    @Transactional(readOnly = true)
    public List<DistributionTenant> everyAccount() {
        return tenants.findAll();
    }

    /** The tenant's domains change (UpdateDomainAssociation moves one in or out). */
    public void setDomains(DistributionTenant tenant, List<String> domains) {
        apply(tenant, tenant.settings().withDomains(domains));
    }

    public String status(DistributionTenant tenant) {
        return tenant.status(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasTenants(String distributionId) {
        return tenants.existsByDistributionId(distributionId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> tenantServing(String domain) {
        return servedBy(domain).map(DistributionTenant::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean usesConnectionGroup(Scope scope, String connectionGroupId) {
        return tenants.existsByAccountAndConnectionGroupId(scope.account(), connectionGroupId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String arn) {
        String id = CloudFrontArns.idIn(arn, scope.account(), DistributionTenant.ARN_TYPE);
        return id != null && tenants.findByIdAndAccount(id, scope.account()).isPresent();
    }

    static Customizations customizations(DistributionTenant tenant) {
        return tenant.getCustomizationsXml() == null ? null
                : (Customizations) READER.readDocument(Customizations.builder(), tenant.getCustomizationsXml());
    }

    static ManagedCertificateRequest managedCertificate(DistributionTenant tenant) {
        return tenant.getCertificateXml() == null ? null
                : (ManagedCertificateRequest) READER.readDocument(ManagedCertificateRequest.builder(), tenant.getCertificateXml());
    }

    /**
     * The values a tenant's requests are served with: each parameter the multi-tenant distribution
     * defines, the tenant's value or else the definition's default.
     */
    @Transactional(readOnly = true)
    public Map<String, String> parameterValues(DistributionTenant tenant) {
        Map<String, String> values = new LinkedHashMap<>();
        distributions.byId(tenant.getDistributionId()).map(DistributionService::config).filter(c -> c.tenantConfig() != null
                && c.tenantConfig().hasParameterDefinitions()).ifPresent(c -> c.tenantConfig().parameterDefinitions().stream()
                .filter(p -> p.definition().stringSchema().defaultValue() != null)
                .forEach(p -> values.put(p.name(), p.definition().stringSchema().defaultValue())));
        values.putAll(parameters(tenant));
        return values;
    }

    /** The parameter values, in the order given. */
    static Map<String, String> parameters(DistributionTenant tenant) {
        return tenant.getParametersJson() == null ? Map.of() : StoredJson.readStringMap(tenant.getParametersJson());
    }

    /** The tenant (of any account) that serves this domain, lower case. */
    @Transactional(readOnly = true)
    public Optional<DistributionTenant> servedBy(String domain) {
        return tenants.findByDomainsContainingIgnoreCase(domain).stream().filter(t -> t.domainList().contains(domain)).findFirst();
    }

    /** What the tenant will be after the request, checked whole. */
    private TenantSettings settings(Scope scope, DistributionTenant current, String distributionId, TenantRequest request) {
        Distribution distribution = distributions.find(scope, distributionId)
                .orElseThrow(() -> new AwsException("EntityNotFound", "The distribution " + distributionId + " does not exist.", 404));
        DistributionConfig config = DistributionService.config(distribution);
        TenantRules.multiTenant(config, distributionId);
        List<String> domains = request.domains() != null ? TenantRules.domains(request.domains()) : current.domainList();
        for (String domain : domains) {
            boolean ours = servedBy(domain).filter(t -> current != null && t.getId().equals(current.getId())).isPresent();
            if (!ours && (servedBy(domain).isPresent() || distributions.withAlias(domain).isPresent())) {
                throw DistributionService.cnameTaken(domain);
            }
        }
        Customizations customizations = request.customizations() != null ? request.customizations()
                : current == null ? null : customizations(current);
        TenantRules.customizations(customizations);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (request.parameters() != null) {
            request.parameters().forEach(p -> parameters.put(p.name(), p.value()));
        } else if (current != null) {
            parameters.putAll(parameters(current));
        }
        // checked whole, new or kept: the distribution may have changed its TenantConfig since
        TenantRules.parameters(config, request.parameters() != null ? request.parameters() : parameters.entrySet().stream()
                .map(e -> Parameter.builder().name(e.getKey()).value(e.getValue()).build()).toList());
        ManagedCertificateRequest certificate = request.managedCertificate() != null ? request.managedCertificate()
                : current == null ? null : managedCertificate(current);
        TenantRules.managedCertificate(certificate, domains, customizations);
        String certificateArn = certificate == null ? null : current != null && current.getCertificateArn() != null ? current.getCertificateArn()
                : "arn:aws:acm:us-east-1:" + scope.account() + ":certificate/" + ids.uuid();
        ConnectionGroup group = request.connectionGroupId() != null ? connectionGroups.get(scope, request.connectionGroupId())
                : current != null ? connectionGroups.get(scope, current.getConnectionGroupId()) : connectionGroups.defaultGroup(scope);
        boolean enabled = request.enabled() != null ? request.enabled() : current == null || current.isEnabled();
        return new TenantSettings(distribution.getId(), domains, xmlOrNull(customizations), parameters.isEmpty() ? null : StoredJson.write(parameters),
                certificate == null ? null : RestXmlEnvelopes.storedDocument("ManagedCertificateRequest", certificate), certificateArn, group.getId(),
                enabled);
    }

    private void apply(DistributionTenant tenant, TenantSettings wanted) {
        changes.changed();
        Instant now = clock.instant();
        tenant.apply(wanted, etags.etag(), now, now.plus(settings.deployDelay()));
    }

    private static String xmlOrNull(Customizations customizations) {
        return customizations == null ? null : RestXmlEnvelopes.storedDocument("Customizations", customizations);
    }
}
