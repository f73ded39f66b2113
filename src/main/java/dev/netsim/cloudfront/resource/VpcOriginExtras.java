package dev.netsim.cloudfront.resource;

import java.util.Map;

import org.springframework.stereotype.Component;

/** A VPC origin's ARN, owner and status (Deployed: Netsim has nothing to deploy), and, in its summary, the endpoint it fronts. */
@Component
class VpcOriginExtras implements ConfigExtras {

    @Override
    public ConfigKind kind() {
        return ConfigKinds.VPC_ORIGIN;
    }

    @Override
    public Map<String, Object> members(String account, ConfigResourceService.Stored stored) {
        return Map.of("Arn", CloudFrontArns.of(account, CloudFrontArns.VPC_ORIGIN, stored.id()), "AccountId", account, "Status", "Deployed",
                "OriginEndpointArn", String.valueOf(software.amazon.awssdk.services.cloudfront.model.VpcOriginEndpointConfig.class
                        .cast(stored.config()).arn()));
    }
}
