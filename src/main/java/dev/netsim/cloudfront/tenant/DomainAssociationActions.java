package dev.netsim.cloudfront.tenant;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.DistributionResourceId;
import software.amazon.awssdk.services.cloudfront.model.DnsConfiguration;
import software.amazon.awssdk.services.cloudfront.model.DomainConflict;
import software.amazon.awssdk.services.cloudfront.model.GetManagedCertificateDetailsRequest;
import software.amazon.awssdk.services.cloudfront.model.GetManagedCertificateDetailsResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDomainConflictsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDomainConflictsResponse;
import software.amazon.awssdk.services.cloudfront.model.ManagedCertificateDetails;
import software.amazon.awssdk.services.cloudfront.model.UpdateDomainAssociationRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateDomainAssociationResponse;
import software.amazon.awssdk.services.cloudfront.model.ValidationTokenDetail;
import software.amazon.awssdk.services.cloudfront.model.VerifyDnsConfigurationRequest;
import software.amazon.awssdk.services.cloudfront.model.VerifyDnsConfigurationResponse;

/** CloudFront (restXml) handlers for domains across distributions and tenants: conflicts, moves, DNS checks, managed certificates. */
@Component
class DomainAssociationActions {

    private final DomainAssociations domains;
    private final DistributionTenantService tenants;
    private final TenantCertificates certificates;

    DomainAssociationActions(DomainAssociations domains, DistributionTenantService tenants, TenantCertificates certificates) {
        this.domains = domains;
        this.tenants = tenants;
        this.certificates = certificates;
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDomainConflictsResponse listDomainConflicts(ListDomainConflictsRequest r, Scope scope) {
        DistributionResourceId resource = r.domainControlValidationResource();
        Page<DomainAssociations.Conflict> page = domains.conflicts(scope, r.domain(), resource == null ? null : resource.distributionId(),
                resource == null ? null : resource.distributionTenantId(), r.marker(), PageSizes.maxItems(r.maxItems()));
        List<DomainConflict> conflicts = page.items().stream().map(c -> DomainConflict.builder().domain(c.domain()).resourceType(c.resourceType())
                .resourceId(c.resourceId()).accountId(c.accountId()).build()).toList();
        return ListDomainConflictsResponse.builder().domainConflicts(conflicts).nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateDomainAssociationResponse updateDomainAssociation(UpdateDomainAssociationRequest r, Scope scope) {
        DistributionResourceId target = r.targetResource();
        if (target == null) {
            throw new AwsException("InvalidArgument", "Give the TargetResource the domain moves to.");
        }
        DomainAssociations.Moved moved = domains.move(scope, r.domain(), target.distributionId(), target.distributionTenantId(), r.ifMatch());
        return UpdateDomainAssociationResponse.builder().domain(moved.domain()).resourceId(moved.resourceId()).eTag(moved.etag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    VerifyDnsConfigurationResponse verifyDnsConfiguration(VerifyDnsConfigurationRequest r, Scope scope) {
        return VerifyDnsConfigurationResponse.builder().dnsConfigurationList(domains.verify(scope, r.identifier(), r.domain()).stream()
                .map(c -> DnsConfiguration.builder().domain(c.domain()).status(c.status()).reason(c.reason()).build()).toList()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetManagedCertificateDetailsResponse getManagedCertificateDetails(GetManagedCertificateDetailsRequest r, Scope scope) {
        DistributionTenant tenant = tenants.get(scope, r.identifier());
        TenantCertificates.ManagedCertificate managed = certificates.managed(scope, tenant);
        if (managed == null) {
            throw new AwsException("EntityNotFound", "The distribution tenant " + r.identifier() + " has no CloudFront-managed certificate.", 404);
        }
        return GetManagedCertificateDetailsResponse.builder().managedCertificateDetails(ManagedCertificateDetails.builder()
                .certificateArn(managed.arn()).certificateStatus(managed.status()).validationTokenHost(managed.tokenHost())
                .validationTokenDetails(managed.redirects().stream().map(t -> ValidationTokenDetail.builder().domain(t.domain())
                        .redirectFrom(t.from()).redirectTo(t.to()).build()).toList()).build()).build();
    }
}
