package dev.netsim.cloudfront.tenant;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.invalidation.Invalidation;
import dev.netsim.cloudfront.invalidation.InvalidationService;
import dev.netsim.cloudfront.invalidation.InvalidationShapes;
import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.cloudfront.tag.CloudFrontTagActions;
import dev.netsim.cloudfront.tag.CloudFrontTagService;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.AssociateDistributionTenantWebAclRequest;
import software.amazon.awssdk.services.cloudfront.model.AssociateDistributionTenantWebAclResponse;
import software.amazon.awssdk.services.cloudfront.model.CreateDistributionTenantRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateDistributionTenantResponse;
import software.amazon.awssdk.services.cloudfront.model.CreateInvalidationForDistributionTenantRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateInvalidationForDistributionTenantResponse;
import software.amazon.awssdk.services.cloudfront.model.Customizations;
import software.amazon.awssdk.services.cloudfront.model.DeleteDistributionTenantRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteDistributionTenantResponse;
import software.amazon.awssdk.services.cloudfront.model.DisassociateDistributionTenantWebAclRequest;
import software.amazon.awssdk.services.cloudfront.model.DisassociateDistributionTenantWebAclResponse;
import software.amazon.awssdk.services.cloudfront.model.DistributionTenantSummary;
import software.amazon.awssdk.services.cloudfront.model.DomainItem;
import software.amazon.awssdk.services.cloudfront.model.DomainResult;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionTenantByDomainRequest;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionTenantByDomainResponse;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionTenantRequest;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionTenantResponse;
import software.amazon.awssdk.services.cloudfront.model.GetInvalidationForDistributionTenantRequest;
import software.amazon.awssdk.services.cloudfront.model.GetInvalidationForDistributionTenantResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionTenantsByCustomizationRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionTenantsByCustomizationResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionTenantsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionTenantsResponse;
import software.amazon.awssdk.services.cloudfront.model.ListInvalidationsForDistributionTenantRequest;
import software.amazon.awssdk.services.cloudfront.model.ListInvalidationsForDistributionTenantResponse;
import software.amazon.awssdk.services.cloudfront.model.Parameter;
import software.amazon.awssdk.services.cloudfront.model.UpdateDistributionTenantRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateDistributionTenantResponse;

/** CloudFront (restXml) handlers for distribution tenants and their invalidations. */
@Component
class DistributionTenantActions {

    private static final String INVALIDATION_LOCATION = "https://cloudfront.amazonaws.com/2020-05-31/distribution-tenant/";

    private final DistributionTenantService tenants;
    private final TenantCertificates certificates;
    private final InvalidationService invalidations;
    private final InvalidationShapes invalidationShapes;
    private final CloudFrontTagService tags;

    DistributionTenantActions(DistributionTenantService tenants, TenantCertificates certificates, InvalidationService invalidations,
                              InvalidationShapes invalidationShapes, CloudFrontTagService tags) {
        this.tenants = tenants;
        this.certificates = certificates;
        this.invalidations = invalidations;
        this.invalidationShapes = invalidationShapes;
        this.tags = tags;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateDistributionTenantResponse createDistributionTenant(CreateDistributionTenantRequest r, Scope scope) {
        DistributionTenant created = tenants.create(scope, r.name(), new TenantRequest(r.distributionId(), domains(r.hasDomains(), r.domains()),
                r.customizations(), r.hasParameters() ? r.parameters() : null, r.connectionGroupId(), r.managedCertificateRequest(), r.enabled()));
        tags.tag(scope, created.arn(), CloudFrontTagActions.asMap(r.tags()));
        return CreateDistributionTenantResponse.builder().distributionTenant(toSdk(scope, created, "InProgress")).eTag(created.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetDistributionTenantResponse getDistributionTenant(GetDistributionTenantRequest r, Scope scope) {
        DistributionTenant tenant = tenants.get(scope, r.identifier());
        return GetDistributionTenantResponse.builder().distributionTenant(toSdk(scope, tenant, tenants.status(tenant))).eTag(tenant.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetDistributionTenantByDomainResponse getDistributionTenantByDomain(GetDistributionTenantByDomainRequest r, Scope scope) {
        DistributionTenant tenant = tenants.byDomain(scope, r.domain());
        return GetDistributionTenantByDomainResponse.builder().distributionTenant(toSdk(scope, tenant, tenants.status(tenant)))
                .eTag(tenant.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateDistributionTenantResponse updateDistributionTenant(UpdateDistributionTenantRequest r, Scope scope) {
        DistributionTenant updated = tenants.update(scope, r.id(), r.ifMatch(), new TenantRequest(r.distributionId(), r.hasDomains()
                ? domains(true, r.domains()) : null, r.customizations(), r.hasParameters() ? r.parameters() : null, r.connectionGroupId(),
                r.managedCertificateRequest(), r.enabled()));
        return UpdateDistributionTenantResponse.builder().distributionTenant(toSdk(scope, updated, "InProgress")).eTag(updated.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteDistributionTenantResponse deleteDistributionTenant(DeleteDistributionTenantRequest r, Scope scope) {
        String arn = tenants.get(scope, r.id()).arn();
        tenants.delete(scope, r.id(), r.ifMatch());
        tags.resourceDeleted(arn);
        return DeleteDistributionTenantResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionTenantsResponse listDistributionTenants(ListDistributionTenantsRequest r, Scope scope) {
        var filter = r.associationFilter();
        Predicate<DistributionTenant> matches = t -> filter == null || (filter.distributionId() == null || filter.distributionId().equals(
                t.getDistributionId())) && (filter.connectionGroupId() == null || filter.connectionGroupId().equals(t.getConnectionGroupId()));
        Page<DistributionTenant> page = tenants.list(scope, matches, r.marker(), PageSizes.maxItems(r.maxItems()));
        return ListDistributionTenantsResponse.builder().nextMarker(page.nextToken()).distributionTenantList(summaries(scope, page)).build();
    }

    /** The tenants whose customizations name this web ACL or certificate. */
    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionTenantsByCustomizationResponse listDistributionTenantsByCustomization(ListDistributionTenantsByCustomizationRequest r,
                                                                                          Scope scope) {
        if ((r.webACLArn() == null) == (r.certificateArn() == null)) {
            throw new AwsException("InvalidArgument", "Give either WebACLArn or CertificateArn.");
        }
        Predicate<DistributionTenant> matches = t -> {
            Customizations c = DistributionTenantService.customizations(t);
            return c != null && (r.webACLArn() != null ? c.webAcl() != null && r.webACLArn().equals(c.webAcl().arn())
                    : c.certificate() != null && r.certificateArn().equals(c.certificate().arn()));
        };
        Page<DistributionTenant> page = tenants.list(scope, matches, r.marker(), PageSizes.maxItems(r.maxItems()));
        return ListDistributionTenantsByCustomizationResponse.builder().nextMarker(page.nextToken()).distributionTenantList(summaries(scope, page))
                .build();
    }

    @AwsAction(value = WireService.CLOUDFRONT, action = "AssociateDistributionTenantWebACL")
    AssociateDistributionTenantWebAclResponse associateDistributionTenantWebAcl(AssociateDistributionTenantWebAclRequest r, Scope scope) {
        if (r.webACLArn() == null || r.webACLArn().isEmpty()) {
            throw new AwsException("InvalidArgument", "Give the WebACLArn to associate.");
        }
        DistributionTenant tenant = tenants.setWebAcl(scope, r.id(), r.ifMatch(), r.webACLArn());
        return AssociateDistributionTenantWebAclResponse.builder().id(tenant.getId()).webACLArn(r.webACLArn()).eTag(tenant.getEtag()).build();
    }

    @AwsAction(value = WireService.CLOUDFRONT, action = "DisassociateDistributionTenantWebACL")
    DisassociateDistributionTenantWebAclResponse disassociateDistributionTenantWebAcl(DisassociateDistributionTenantWebAclRequest r, Scope scope) {
        DistributionTenant tenant = tenants.setWebAcl(scope, r.id(), r.ifMatch(), null);
        return DisassociateDistributionTenantWebAclResponse.builder().id(tenant.getId()).eTag(tenant.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateInvalidationForDistributionTenantResponse createInvalidationForDistributionTenant(CreateInvalidationForDistributionTenantRequest r,
                                                                                            Scope scope) {
        DistributionTenant tenant = tenants.get(scope, r.id());
        Invalidation created = invalidations.createForTenant(scope, tenant.getDistributionId(), tenant.getId(), r.invalidationBatch());
        return CreateInvalidationForDistributionTenantResponse.builder().invalidation(invalidationShapes.created(created))
                .location(INVALIDATION_LOCATION + tenant.getId() + "/invalidation/" + created.getId()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetInvalidationForDistributionTenantResponse getInvalidationForDistributionTenant(GetInvalidationForDistributionTenantRequest r, Scope scope) {
        DistributionTenant tenant = tenants.get(scope, r.distributionTenantId());
        return GetInvalidationForDistributionTenantResponse.builder().invalidation(invalidationShapes.current(scope,
                invalidations.get(scope, tenant.getDistributionId(), tenant.getId(), r.id()))).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListInvalidationsForDistributionTenantResponse listInvalidationsForDistributionTenant(ListInvalidationsForDistributionTenantRequest r,
                                                                                          Scope scope) {
        DistributionTenant tenant = tenants.get(scope, r.id());
        return ListInvalidationsForDistributionTenantResponse.builder().invalidationList(invalidationShapes.list(scope, tenant.getDistributionId(),
                tenant.getId(), r.marker(), r.maxItems() == null ? null : r.maxItems().toString())).build();
    }

    private static List<String> domains(boolean given, List<DomainItem> items) {
        return given ? items.stream().map(DomainItem::domain).toList() : List.of();
    }

    private List<DistributionTenantSummary> summaries(Scope scope, Page<DistributionTenant> page) {
        return page.items().stream().map(t -> DistributionTenantSummary.builder().id(t.getId()).distributionId(t.getDistributionId())
                .name(t.getName()).arn(t.arn()).domains(domainResults(scope, t)).connectionGroupId(t.getConnectionGroupId())
                .customizations(DistributionTenantService.customizations(t)).createdTime(t.getCreated()).lastModifiedTime(t.getLastModified())
                .eTag(t.getEtag()).enabled(t.isEnabled()).status(tenants.status(t)).build()).toList();
    }

    private List<DomainResult> domainResults(Scope scope, DistributionTenant tenant) {
        String status = certificates.domainsActive(scope, tenant) ? "active" : "inactive";
        return tenant.domainList().stream().map(d -> DomainResult.builder().domain(d).status(status).build()).toList();
    }

    private software.amazon.awssdk.services.cloudfront.model.DistributionTenant toSdk(Scope scope, DistributionTenant t, String status) {
        var stored = tags.list(scope, t.arn());
        List<Parameter> parameters = DistributionTenantService.parameters(t).entrySet().stream()
                .map(e -> Parameter.builder().name(e.getKey()).value(e.getValue()).build()).toList();
        return software.amazon.awssdk.services.cloudfront.model.DistributionTenant.builder().id(t.getId()).distributionId(t.getDistributionId())
                .name(t.getName()).arn(t.arn()).domains(domainResults(scope, t)).tags(stored.isEmpty() ? null : CloudFrontTagActions.asTags(stored))
                .customizations(DistributionTenantService.customizations(t)).parameters(parameters.isEmpty() ? null : parameters)
                .connectionGroupId(t.getConnectionGroupId()).createdTime(t.getCreated()).lastModifiedTime(t.getLastModified())
                .enabled(t.isEnabled()).status(status).build();
    }
}
