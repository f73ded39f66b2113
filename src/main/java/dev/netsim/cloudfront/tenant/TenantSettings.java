package dev.netsim.cloudfront.tenant;

import java.util.List;

/** Everything about a tenant an update may change, as stored (lower-case domains, XML documents). */
record TenantSettings(String distributionId, List<String> domains, String customizationsXml, String parametersJson, String certificateXml,
                      String certificateArn, String connectionGroupId, boolean enabled) {

    TenantSettings withDomains(List<String> newDomains) {
        return new TenantSettings(distributionId, newDomains, customizationsXml, parametersJson, certificateXml, certificateArn, connectionGroupId,
                enabled);
    }

    TenantSettings withCustomizationsXml(String xml) {
        return new TenantSettings(distributionId, domains, xml, parametersJson, certificateXml, certificateArn, connectionGroupId, enabled);
    }
}
