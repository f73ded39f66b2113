package dev.netsim.cloudfront.tenant;

import java.util.List;

import software.amazon.awssdk.services.cloudfront.model.Customizations;
import software.amazon.awssdk.services.cloudfront.model.ManagedCertificateRequest;
import software.amazon.awssdk.services.cloudfront.model.Parameter;

/** What CreateDistributionTenant and UpdateDistributionTenant give; on an update, null keeps what the tenant has. */
record TenantRequest(String distributionId, List<String> domains, Customizations customizations, List<Parameter> parameters,
                     String connectionGroupId, ManagedCertificateRequest managedCertificate, Boolean enabled) {
}
