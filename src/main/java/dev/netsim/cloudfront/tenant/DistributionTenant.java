package dev.netsim.cloudfront.tenant;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * A distribution tenant: a multi-tenant distribution's config served for the tenant's domains,
 * through a connection group, with the tenant's customizations (web ACL, certificate, geographic
 * restrictions) and parameter values, kept as XML as the operations give them.
 */
@Entity
@Table(name = "cloudfront_distribution_tenant")
public class DistributionTenant extends AssignedIdEntity<String> {

    static final String ARN_TYPE = "distribution-tenant";

    @Id
    private String id;
    private String account;
    private String name;
    private String distributionId;
    private String domains;
    private String customizationsXml;
    private String parametersJson;
    private String certificateXml;
    private String certificateArn;
    private String connectionGroupId;
    private boolean enabled;
    private String etag;
    private Instant created;
    private Instant lastModified;
    private Instant deploysAt;

    protected DistributionTenant() {
    }

    DistributionTenant(String id, String account, String name, Instant created) {
        this.id = id;
        this.account = account;
        this.name = name;
        this.created = created;
    }

    @Override
    public String getId() { return id; }
    public String getAccount() { return account; }
    String getName() { return name; }
    public String getDistributionId() { return distributionId; }
    String getCustomizationsXml() { return customizationsXml; }
    String getParametersJson() { return parametersJson; }
    String getCertificateXml() { return certificateXml; }
    /** The ARN of the CloudFront-managed ACM certificate requested for the tenant, null when none was. */
    String getCertificateArn() { return certificateArn; }
    public String getConnectionGroupId() { return connectionGroupId; }
    public boolean isEnabled() { return enabled; }
    String getEtag() { return etag; }
    Instant getCreated() { return created; }
    Instant getLastModified() { return lastModified; }

    /** The tenant's domains, lower case, in the order given. */
    public List<String> domainList() {
        return domains == null || domains.isEmpty() ? List.of() : List.of(domains.split("\n"));
    }

    String arn() {
        return CloudFrontArns.of(account, ARN_TYPE, id);
    }

    /** InProgress until the change's deployment time, Deployed after. */
    String status(Instant now) {
        return deploysAt == null || !now.isBefore(deploysAt) ? "Deployed" : "InProgress";
    }

    /** What an UpdateDistributionTenant (or the create) sets; a new ETag, InProgress until {@code deployedAt}. */
    void apply(TenantSettings settings, String newEtag, Instant now, Instant deployedAt) {
        this.distributionId = settings.distributionId();
        this.domains = String.join("\n", settings.domains());
        this.customizationsXml = settings.customizationsXml();
        this.parametersJson = settings.parametersJson();
        this.certificateXml = settings.certificateXml();
        this.certificateArn = settings.certificateArn();
        this.connectionGroupId = settings.connectionGroupId();
        this.enabled = settings.enabled();
        this.etag = newEtag;
        this.lastModified = now;
        this.deploysAt = deployedAt;
    }

    TenantSettings settings() {
        return new TenantSettings(distributionId, domainList(), customizationsXml, parametersJson, certificateXml, certificateArn, connectionGroupId,
                enabled);
    }
}
