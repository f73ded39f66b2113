package dev.netsim.cloudfront.policy;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.DeleteResourcePolicyRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteResourcePolicyResponse;
import software.amazon.awssdk.services.cloudfront.model.GetResourcePolicyRequest;
import software.amazon.awssdk.services.cloudfront.model.GetResourcePolicyResponse;
import software.amazon.awssdk.services.cloudfront.model.PutResourcePolicyRequest;
import software.amazon.awssdk.services.cloudfront.model.PutResourcePolicyResponse;

/** CloudFront (restXml) handlers for resource policies. */
@Component
class ResourcePolicyActions {

    private final ResourcePolicyService policies;

    ResourcePolicyActions(ResourcePolicyService policies) {
        this.policies = policies;
    }

    @AwsAction(WireService.CLOUDFRONT)
    PutResourcePolicyResponse putResourcePolicy(PutResourcePolicyRequest r, Scope scope) {
        policies.put(scope, r.resourceArn(), r.policyDocument());
        return PutResourcePolicyResponse.builder().resourceArn(r.resourceArn()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetResourcePolicyResponse getResourcePolicy(GetResourcePolicyRequest r, Scope scope) {
        return GetResourcePolicyResponse.builder().resourceArn(r.resourceArn()).policyDocument(policies.get(scope, r.resourceArn())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteResourcePolicyResponse deleteResourcePolicy(DeleteResourcePolicyRequest r, Scope scope) {
        policies.delete(scope, r.resourceArn());
        return DeleteResourcePolicyResponse.builder().build();
    }
}
