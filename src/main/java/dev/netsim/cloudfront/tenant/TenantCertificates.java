package dev.netsim.cloudfront.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.connection.ConnectionGroupService;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.common.Scope;
import software.amazon.awssdk.services.cloudfront.model.Customizations;
import software.amazon.awssdk.services.cloudfront.model.ManagedCertificateRequest;
import software.amazon.awssdk.services.cloudfront.model.ValidationTokenHost;
import software.amazon.awssdk.services.cloudfront.model.ViewerCertificate;

/**
 * The certificates that let a tenant's domains serve HTTPS, and so make them {@code active}: the
 * tenant's own ACM certificate, the multi-tenant distribution's, or a CloudFront-managed one. A
 * managed certificate with CloudFront as the validation token host is issued once every domain
 * points at the tenant's routing endpoint (CloudFront can then answer the token request); one
 * whose token the tenant hosts stays pending, as Netsim cannot see the tenant's web server.
 */
@Component
class TenantCertificates {

    static final String ISSUED = "issued";
    static final String PENDING = "pending-validation";

    /** A managed certificate's state and the token redirect each domain needs. */
    record ManagedCertificate(String arn, String status, ValidationTokenHost tokenHost, List<TokenRedirect> redirects) {
    }

    /** Where CloudFront answers a domain's validation token request from. */
    record TokenRedirect(String domain, String from, String to) {
    }

    private final TenantDnsChecks dns;
    private final ConnectionGroupService connectionGroups;
    private final DistributionService distributions;

    TenantCertificates(TenantDnsChecks dns, ConnectionGroupService connectionGroups, DistributionService distributions) {
        this.dns = dns;
        this.connectionGroups = connectionGroups;
        this.distributions = distributions;
    }

    /** Whether the tenant's domains serve traffic: it is enabled and a certificate covers them. */
    boolean domainsActive(Scope scope, DistributionTenant tenant) {
        if (!tenant.isEnabled()) {
            return false;
        }
        Customizations customizations = DistributionTenantService.customizations(tenant);
        if (customizations != null && customizations.certificate() != null) {
            return true;
        }
        ManagedCertificate managed = managed(scope, tenant);
        if (managed != null) {
            return managed.status().equals(ISSUED);
        }
        ViewerCertificate shared = distributions.find(scope, tenant.getDistributionId()).map(d -> DistributionService.config(d).viewerCertificate())
                .orElse(null);
        return shared != null && (shared.acmCertificateArn() != null || shared.iamCertificateId() != null);
    }

    /** The tenant's CloudFront-managed certificate, null when it asked for none. */
    ManagedCertificate managed(Scope scope, DistributionTenant tenant) {
        ManagedCertificateRequest request = DistributionTenantService.managedCertificate(tenant);
        if (request == null) {
            return null;
        }
        String endpoint = connectionGroups.get(scope, tenant.getConnectionGroupId()).getRoutingEndpoint();
        boolean pointed = tenant.domainList().stream().allMatch(d -> dns.check(d, endpoint).status().equals(TenantDnsChecks.VALID));
        boolean issued = request.validationTokenHost() == ValidationTokenHost.CLOUDFRONT && pointed;
        List<TokenRedirect> redirects = tenant.domainList().stream().map(d -> redirect(scope, tenant.getCertificateArn(), d)).toList();
        return new ManagedCertificate(tenant.getCertificateArn(), issued ? ISSUED : PENDING, request.validationTokenHost(), redirects);
    }

    private static TokenRedirect redirect(Scope scope, String certificateArn, String domain) {
        String token = token(certificateArn + " " + domain);
        return new TokenRedirect(domain, "http://" + domain + "/.well-known/pki-validation/" + token + ".txt",
                "validation.us-east-1.acm-validations.aws/" + scope.account() + "/.well-known/pki-validation/" + token + ".txt");
    }

    /** The same certificate and domain always get the same token. */
    private static String token(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
