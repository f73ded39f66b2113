package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.cloudfront.model.ConnectionMode;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionTenant;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionTenantResponse;
import software.amazon.awssdk.services.route53.model.RRType;

/** Multi-tenant distributions and their tenants: domains, parameters, customizations, invalidations, DNS and managed certificates. */
class DistributionTenantWireTest extends NetsimIntegrationTest {

    private static final String WEB_ACL = "arn:aws:wafv2:us-east-1:000000000000:global/webacl/tenants/473e64fd-f30b-4765-81a0-62ad96dd167a";
    private static final String CERTIFICATE = "arn:aws:acm:us-east-1:000000000000:certificate/1a2b3c4d-0000-4000-8000-123456789012";

    /** A multi-tenant distribution whose tenants name their origin's host in the parameter {@code site}. */
    private String multiTenantDistribution(String reference) {
        DistributionConfig base = DistributionLifecycleWireTest.config(reference);
        DistributionConfig config = base.toBuilder().connectionMode(ConnectionMode.TENANT_ONLY)
                .tenantConfig(t -> t.parameterDefinitions(p -> p.name("site").definition(d -> d.stringSchema(s -> s.required(true).comment("host")))))
                .build();
        return cloudFront().createDistribution(r -> r.distributionConfig(config)).distribution().id();
    }

    @Test
    void aTenantServesItsDomainsForAMultiTenantDistributionAndIsChangedWithItsEtag() {
        String standard = cloudFront().createDistribution(r -> r.distributionConfig(DistributionLifecycleWireTest.config("std")
                .toBuilder().aliases(a -> a.quantity(1).items("www.taken.example"))
                .viewerCertificate(v -> v.acmCertificateArn(CERTIFICATE).sslSupportMethod("sni-only")).build())).distribution().id();
        String multi = multiTenantDistribution("mt");
        assertThat(cloudFront().listDistributionsByConnectionMode(r -> r.connectionMode(ConnectionMode.TENANT_ONLY)).distributionList().items())
                .singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(multi));
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(DistributionLifecycleWireTest.config("mt-alias").toBuilder()
                .connectionMode(ConnectionMode.TENANT_ONLY).aliases(a -> a.quantity(1).items("a.example")).build())), "InvalidArgument", 400);

        // what CloudFront refuses
        assertAwsError(() -> cloudFront().createDistributionTenant(r -> r.distributionId(standard).name("shop").domains(d -> d.domain("shop.example"))
                .parameters(p -> p.name("site").value("shop"))), "InvalidAssociation", 409);
        assertAwsError(() -> cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("shop").domains(d -> d.domain("shop.example"))),
                "InvalidArgument", 400); // the required parameter is missing
        assertAwsError(() -> cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("shop").domains(d -> d.domain("shop.example"))
                .parameters(p -> p.name("site").value("shop"), p -> p.name("other").value("x"))), "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("shop").domains(d -> d.domain("www.taken.example"))
                .parameters(p -> p.name("site").value("shop"))), "CNAMEAlreadyExists", 409);
        assertAwsError(() -> cloudFront().createDistributionTenant(r -> r.distributionId("E000000000000X").name("shop")
                .domains(d -> d.domain("shop.example")).parameters(p -> p.name("site").value("shop"))), "EntityNotFound", 404);

        var created = cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("shop").domains(d -> d.domain("Shop.Example"))
                .parameters(p -> p.name("site").value("shop")).customizations(c -> c.certificate(cert -> cert.arn(CERTIFICATE)))
                .tags(t -> t.items(i -> i.key("customer").value("shop"))));
        DistributionTenant tenant = created.distributionTenant();
        assertThat(tenant.id()).matches("dt_[a-z0-9]{22}");
        assertThat(tenant.arn()).isEqualTo("arn:aws:cloudfront::000000000000:distribution-tenant/" + tenant.id());
        assertThat(tenant.status()).isEqualTo("InProgress");
        assertThat(tenant.enabled()).isTrue();
        assertThat(tenant.domains()).singleElement().satisfies(d -> assertThat(d.domain()).isEqualTo("shop.example"))
                .satisfies(d -> assertThat(d.statusAsString()).isEqualTo("active")); // its own certificate covers it
        assertThat(tenant.tags().items()).singleElement().satisfies(t -> assertThat(t.key()).isEqualTo("customer"));
        // the account's default connection group carries tenants that name none
        var group = cloudFront().getConnectionGroup(r -> r.identifier(tenant.connectionGroupId())).connectionGroup();
        assertThat(group.isDefault()).isTrue();
        assertAwsError(() -> cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("shop").domains(d -> d.domain("b.example"))
                .parameters(p -> p.name("site").value("b"))), "EntityAlreadyExists", 409);
        assertAwsError(() -> cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("copy").domains(d -> d.domain("shop.example"))
                .parameters(p -> p.name("site").value("b"))), "CNAMEAlreadyExists", 409);
        assertAwsError(() -> cloudFront().updateDistribution(r -> r.id(standard).ifMatch(cloudFront().getDistribution(g -> g.id(standard)).eTag())
                .distributionConfig(cloudFront().getDistributionConfig(g -> g.id(standard)).distributionConfig().toBuilder()
                        .aliases(a -> a.quantity(2).items("www.taken.example", "shop.example")).build())), "CNAMEAlreadyExists", 409);

        // found by id, name, ARN and domain; listed by distribution and by customization
        assertThat(cloudFront().getDistributionTenant(r -> r.identifier("shop")).distributionTenant().id()).isEqualTo(tenant.id());
        assertThat(cloudFront().getDistributionTenant(r -> r.identifier(tenant.arn())).distributionTenant().parameters())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualTo("shop"));
        assertThat(cloudFront().getDistributionTenantByDomain(r -> r.domain("shop.example")).distributionTenant().id()).isEqualTo(tenant.id());
        assertAwsError(() -> cloudFront().getDistributionTenantByDomain(r -> r.domain("nobody.example")), "EntityNotFound", 404);
        assertThat(cloudFront().listDistributionTenants(r -> r.associationFilter(f -> f.distributionId(multi))).distributionTenantList())
                .singleElement().satisfies(s -> assertThat(s.eTag()).isEqualTo(created.eTag()));
        assertThat(cloudFront().listDistributionTenants(r -> r.associationFilter(f -> f.distributionId(standard))).distributionTenantList()).isEmpty();
        assertThat(cloudFront().listDistributionTenantsByCustomization(r -> r.certificateArn(CERTIFICATE)).distributionTenantList()).hasSize(1);

        // web ACL association is a customization
        var associated = cloudFront().associateDistributionTenantWebACL(r -> r.id(tenant.id()).webACLArn(WEB_ACL));
        assertThat(cloudFront().listDistributionTenantsByCustomization(r -> r.webACLArn(WEB_ACL)).distributionTenantList()).hasSize(1);
        var disassociated = cloudFront().disassociateDistributionTenantWebACL(r -> r.id(tenant.id()).ifMatch(associated.eTag()));
        assertThat(cloudFront().listDistributionTenantsByCustomization(r -> r.webACLArn(WEB_ACL)).distributionTenantList()).isEmpty();

        // changed with the current ETag; deleted only when disabled; the distribution only without tenants
        assertAwsError(() -> cloudFront().updateDistributionTenant(r -> r.id(tenant.id()).ifMatch(created.eTag()).enabled(false)),
                "PreconditionFailed", 412);
        var disabled = cloudFront().updateDistributionTenant(r -> r.id(tenant.id()).ifMatch(disassociated.eTag()).enabled(false));
        assertThat(disabled.distributionTenant().domains().get(0).statusAsString()).isEqualTo("inactive");
        assertThat(disabled.distributionTenant().parameters()).hasSize(1); // what the update leaves out stays
        assertAwsError(() -> cloudFront().deleteConnectionGroup(r -> r.id(group.id()).ifMatch(cloudFront().getConnectionGroup(g -> g
                .identifier(group.id())).eTag())), "ResourceNotDisabled", 409);
        var distribution = cloudFront().getDistribution(r -> r.id(multi));
        var off = cloudFront().updateDistribution(r -> r.id(multi).ifMatch(distribution.eTag()).distributionConfig(distribution.distribution()
                .distributionConfig().toBuilder().enabled(false).build()));
        assertAwsError(() -> cloudFront().updateDistribution(r -> r.id(multi).ifMatch(off.eTag()).distributionConfig(off.distribution()
                .distributionConfig().toBuilder().connectionMode(ConnectionMode.DIRECT).tenantConfig((software.amazon.awssdk.services.cloudfront.model
                        .TenantConfig) null).build())), "IllegalUpdate", 400);
        assertAwsError(() -> cloudFront().deleteDistribution(r -> r.id(multi).ifMatch(off.eTag())), "ResourceInUse", 409);
        cloudFront().deleteDistributionTenant(r -> r.id(tenant.id()).ifMatch(disabled.eTag()));
        assertAwsError(() -> cloudFront().getDistributionTenant(r -> r.identifier(tenant.id())), "EntityNotFound", 404);
    }

    @Test
    void tenantInvalidationsAreTheTenantsOwn() {
        String multi = multiTenantDistribution("inv");
        String tenant = cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("blog").domains(d -> d.domain("blog.example"))
                .parameters(p -> p.name("site").value("blog"))).distributionTenant().id();
        var created = cloudFront().createInvalidationForDistributionTenant(r -> r.id(tenant).invalidationBatch(b -> b.callerReference("one")
                .paths(p -> p.quantity(1).items("/index.html"))));
        assertThat(created.invalidation().status()).isEqualTo("InProgress");
        assertThat(created.location()).endsWith("/distribution-tenant/" + tenant + "/invalidation/" + created.invalidation().id());
        assertAwsError(() -> cloudFront().createInvalidationForDistributionTenant(r -> r.id(tenant).invalidationBatch(b -> b.callerReference("two")
                .paths(p -> p.quantity(1).items("no-slash")))), "InvalidArgument", 400);
        assertThat(cloudFront().getInvalidationForDistributionTenant(r -> r.distributionTenantId(tenant).id(created.invalidation().id()))
                .invalidation().invalidationBatch().paths().items()).containsExactly("/index.html");
        assertThat(cloudFront().listInvalidationsForDistributionTenant(r -> r.id(tenant)).invalidationList().quantity()).isEqualTo(1);
        // the distribution's own list holds only its own
        assertThat(cloudFront().listInvalidations(r -> r.distributionId(multi)).invalidationList().quantity()).isZero();
        assertAwsError(() -> cloudFront().getInvalidation(r -> r.distributionId(multi).id(created.invalidation().id())), "NoSuchInvalidation", 404);
    }

    @Test
    void dnsIsVerifiedInNetsimsRoute53AndAManagedCertificateIsIssuedOnceTheDomainsPointAtCloudFront() {
        String multi = multiTenantDistribution("dns");
        var created = cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("docs").domains(d -> d.domain("docs.tenant.example"),
                d -> d.domain("other.elsewhere.example")).parameters(p -> p.name("site").value("docs"))
                .managedCertificateRequest(m -> m.validationTokenHost("cloudfront").primaryDomainName("docs.tenant.example")));
        String tenant = created.distributionTenant().id();
        assertThat(created.distributionTenant().domains()).allSatisfy(d -> assertThat(d.statusAsString()).isEqualTo("inactive"));
        String endpoint = cloudFront().getConnectionGroup(r -> r.identifier(created.distributionTenant().connectionGroupId())).connectionGroup()
                .routingEndpoint();

        String zone = route53().createHostedZone(r -> r.name("tenant.example").callerReference("z")).hostedZone().id();
        var pending = cloudFront().getManagedCertificateDetails(r -> r.identifier(tenant)).managedCertificateDetails();
        assertThat(pending.certificateStatusAsString()).isEqualTo("pending-validation");
        assertThat(pending.certificateArn()).startsWith("arn:aws:acm:us-east-1:000000000000:certificate/");
        assertThat(pending.validationTokenDetails()).hasSize(2).first()
                .satisfies(t -> assertThat(t.redirectFrom()).startsWith("http://docs.tenant.example/.well-known/pki-validation/"));

        var before = cloudFront().verifyDnsConfiguration(r -> r.identifier(tenant)).dnsConfigurationList();
        assertThat(before).extracting(c -> c.statusAsString()).containsExactly("invalid-configuration", "unknown-configuration");
        route53().changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(c -> c.action("CREATE").resourceRecordSet(s -> s
                .name("docs.tenant.example").type(RRType.CNAME).ttl(300L).resourceRecords(v -> v.value(endpoint))))));
        assertThat(cloudFront().verifyDnsConfiguration(r -> r.identifier(tenant).domain("docs.tenant.example")).dnsConfigurationList())
                .singleElement().satisfies(c -> assertThat(c.statusAsString()).isEqualTo("valid-configuration"));
        assertAwsError(() -> cloudFront().verifyDnsConfiguration(r -> r.identifier(tenant).domain("nope.example")), "InvalidArgument", 400);

        // the other domain's DNS is not here, so the certificate cannot be validated for it yet
        assertThat(cloudFront().getManagedCertificateDetails(r -> r.identifier(tenant)).managedCertificateDetails().certificateStatusAsString())
                .isEqualTo("pending-validation");
        GetDistributionTenantResponse current = cloudFront().getDistributionTenant(r -> r.identifier(tenant));
        var narrowed = cloudFront().updateDistributionTenant(r -> r.id(tenant).ifMatch(current.eTag()).domains(d -> d.domain("docs.tenant.example")));
        assertThat(cloudFront().getManagedCertificateDetails(r -> r.identifier(tenant)).managedCertificateDetails().certificateStatusAsString())
                .isEqualTo("issued");
        assertThat(narrowed.distributionTenant().domains()).singleElement().satisfies(d -> assertThat(d.statusAsString()).isEqualTo("active"));
    }

    @Test
    void aDomainMovesFromADisabledDistributionToATenantAndConflictsAreListed() {
        var standard = cloudFront().createDistribution(r -> r.distributionConfig(DistributionLifecycleWireTest.config("move").toBuilder()
                .enabled(false).aliases(a -> a.quantity(1).items("app.move.example"))
                .viewerCertificate(v -> v.acmCertificateArn(CERTIFICATE).sslSupportMethod("sni-only")).build()));
        String multi = multiTenantDistribution("move-mt");
        var tenant = cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("mover").domains(d -> d.domain("www.move.example"))
                .parameters(p -> p.name("site").value("m"))).distributionTenant();

        var conflicts = cloudFront().listDomainConflicts(r -> r.domain("*.move.example").domainControlValidationResource(v -> v
                .distributionTenantId(tenant.id()))).domainConflicts();
        assertThat(conflicts).extracting(c -> c.domain() + " " + c.resourceTypeAsString())
                .containsExactly("app.move.example distribution", "www.move.example distribution-tenant");
        assertAwsError(() -> cloudFront().listDomainConflicts(r -> r.domain("x.example").domainControlValidationResource(v -> v
                .distributionId("E000000000000X"))), "EntityNotFound", 404);

        var moved = cloudFront().updateDomainAssociation(r -> r.domain("app.move.example").targetResource(t -> t.distributionTenantId(tenant.id())));
        assertThat(moved.resourceId()).isEqualTo(tenant.id());
        assertThat(cloudFront().getDistributionTenant(r -> r.identifier(tenant.id())).distributionTenant().domains())
                .extracting(d -> d.domain()).containsExactly("www.move.example", "app.move.example");
        assertThat(cloudFront().getDistributionConfig(r -> r.id(standard.distribution().id())).distributionConfig().aliases().quantity()).isZero();
        // the tenant is enabled, so the domain cannot move on from it
        assertAwsError(() -> cloudFront().updateDomainAssociation(r -> r.domain("app.move.example").targetResource(t -> t
                .distributionId(standard.distribution().id()))), "IllegalUpdate", 400);
        assertAwsError(() -> cloudFront().updateDomainAssociation(r -> r.domain("none.move.example").targetResource(t -> t
                .distributionId(standard.distribution().id()))), "EntityNotFound", 404);
        assertAwsError(() -> cloudFront().updateDomainAssociation(r -> r.domain("app.move.example").targetResource(t -> t
                .distributionId(standard.distribution().id()).distributionTenantId(tenant.id()))), "InvalidArgument", 400);
    }
}
