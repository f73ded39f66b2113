package dev.netsim.cloudfront.tenant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.netsim.cloudfront.distribution.WebAcls;
import dev.netsim.common.AwsException;
import software.amazon.awssdk.services.cloudfront.model.Customizations;
import software.amazon.awssdk.services.cloudfront.model.CustomizationActionType;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.GeoRestrictionCustomization;
import software.amazon.awssdk.services.cloudfront.model.GeoRestrictionType;
import software.amazon.awssdk.services.cloudfront.model.ManagedCertificateRequest;
import software.amazon.awssdk.services.cloudfront.model.Parameter;
import software.amazon.awssdk.services.cloudfront.model.ParameterDefinition;
import software.amazon.awssdk.services.cloudfront.model.ValidationTokenHost;
import software.amazon.awssdk.services.cloudfront.model.WebAclCustomization;

/** CloudFront's checks on what a distribution tenant is given, each failing with the code CloudFront answers. */
final class TenantRules {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-.]{1,126}[a-zA-Z0-9]");
    private static final Pattern DOMAIN = Pattern.compile("(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern ACM_CERTIFICATE = Pattern.compile("arn:aws:acm:us-east-1:\\d{12}:certificate/[0-9a-f-]{36}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private TenantRules() {
    }

    static void name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid("A distribution tenant's name is 3 to 128 letters, digits, hyphens and dots, beginning and ending with a letter or digit: "
                    + name + ".");
        }
    }

    /** The domains, lower case and without repeats; a tenant needs at least one. */
    static List<String> domains(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw invalid("A distribution tenant needs at least one domain.");
        }
        Set<String> domains = new LinkedHashSet<>();
        for (String domain : given) {
            String name = domain == null ? "" : domain.toLowerCase(Locale.ROOT);
            if (name.length() > 253 || !DOMAIN.matcher(name).matches()) {
                throw invalid("The domain " + domain + " is not a domain name.");
            }
            domains.add(name);
        }
        return new ArrayList<>(domains);
    }

    /** A multi-tenant distribution's tenants only. */
    static void multiTenant(DistributionConfig config, String distributionId) {
        if (!"tenant-only".equals(config.connectionModeAsString())) {
            throw new AwsException("InvalidAssociation", "The distribution " + distributionId + " is a standard distribution; distribution tenants "
                    + "belong to multi-tenant distributions (ConnectionMode tenant-only).", 409);
        }
    }

    static void customizations(Customizations customizations) {
        if (customizations == null) {
            return;
        }
        WebAclCustomization webAcl = customizations.webAcl();
        if (webAcl != null) {
            if (webAcl.action() == CustomizationActionType.OVERRIDE) {
                if (webAcl.arn() == null) {
                    throw invalid("A web ACL customization that overrides gives the Arn of the web ACL.");
                }
                WebAcls.check(webAcl.arn());
            } else if (webAcl.action() == CustomizationActionType.DISABLE) {
                if (webAcl.arn() != null) {
                    throw invalid("A web ACL customization that disables the web ACL gives no Arn.");
                }
            } else {
                throw invalid("A web ACL customization's Action is override or disable, not " + webAcl.actionAsString() + ".");
            }
        }
        if (customizations.certificate() != null) {
            String arn = customizations.certificate().arn();
            if (arn == null || !ACM_CERTIFICATE.matcher(arn).matches()) {
                throw invalid("The certificate " + arn + " is not an ACM certificate of us-east-1, where CloudFront takes them from.");
            }
        }
        geo(customizations.geoRestrictions());
    }

    private static void geo(GeoRestrictionCustomization geo) {
        if (geo == null) {
            return;
        }
        if (geo.restrictionType() == null || geo.restrictionType() == GeoRestrictionType.UNKNOWN_TO_SDK_VERSION) {
            throw invalid("A geographic restriction's RestrictionType is whitelist, blacklist or none.");
        }
        List<String> locations = geo.hasLocations() ? geo.locations() : List.of();
        if (geo.restrictionType() == GeoRestrictionType.NONE ? !locations.isEmpty() : locations.isEmpty()) {
            throw invalid("A geographic restriction of type " + geo.restrictionTypeAsString() + (geo.restrictionType() == GeoRestrictionType.NONE
                    ? " lists no locations." : " lists the countries it applies to."));
        }
        for (String location : locations) {
            if (location == null || !COUNTRY.matcher(location).matches()) {
                throw invalid("The location " + location + " is not a two-letter ISO 3166-1 country code.");
            }
        }
    }

    /**
     * Each value names a parameter the multi-tenant distribution defines, once; every parameter it
     * defines as required without a default value has one.
     */
    static void parameters(DistributionConfig config, List<Parameter> given) {
        Map<String, ParameterDefinition> defined = new HashMap<>();
        if (config.tenantConfig() != null && config.tenantConfig().hasParameterDefinitions()) {
            config.tenantConfig().parameterDefinitions().forEach(p -> defined.put(p.name(), p));
        }
        Set<String> named = new LinkedHashSet<>();
        for (Parameter p : given == null ? List.<Parameter>of() : given) {
            if (p.name() == null || !defined.containsKey(p.name())) {
                throw invalid("The multi-tenant distribution defines no parameter " + p.name() + ".");
            }
            if (!named.add(p.name())) {
                throw invalid("The parameter " + p.name() + " is given twice.");
            }
            if (p.value() == null || p.value().isEmpty() || p.value().length() > 256) {
                throw invalid("The value of the parameter " + p.name() + " is 1 to 256 characters long.");
            }
        }
        for (ParameterDefinition p : defined.values()) {
            var schema = p.definition().stringSchema();
            if (Boolean.TRUE.equals(schema.required()) && schema.defaultValue() == null && !named.contains(p.name())) {
                throw invalid("The multi-tenant distribution requires a value for the parameter " + p.name() + ".");
            }
        }
    }

    /** A CloudFront-managed certificate is for the tenant's own domains, and not beside a certificate of the tenant's own. */
    static void managedCertificate(ManagedCertificateRequest request, List<String> domains, Customizations customizations) {
        if (request == null) {
            return;
        }
        if (request.validationTokenHost() == null || request.validationTokenHost() == ValidationTokenHost.UNKNOWN_TO_SDK_VERSION) {
            throw invalid("A managed certificate request's ValidationTokenHost is cloudfront or self-hosted.");
        }
        if (request.primaryDomainName() != null && !domains.contains(request.primaryDomainName().toLowerCase(Locale.ROOT))) {
            throw invalid("The managed certificate's primary domain " + request.primaryDomainName() + " is not one of the tenant's domains.");
        }
        if (customizations != null && customizations.certificate() != null) {
            throw invalid("A tenant either gives its own certificate or asks CloudFront to manage one, not both.");
        }
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidArgument", message);
    }
}
