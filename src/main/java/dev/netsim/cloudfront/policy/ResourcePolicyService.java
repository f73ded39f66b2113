package dev.netsim.cloudfront.policy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.anycast.AnycastIpListService;
import dev.netsim.cloudfront.resource.ConfigKinds;
import dev.netsim.cloudfront.resource.ConfigResourceService;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resource policies of the CloudFront resources that can be shared (VPC origins, Anycast IP lists):
 * one JSON policy document with a Statement per resource, on a resource of the account that exists.
 * Netsim keeps them; other accounts' access is not decided by them here.
 */
@Service
@Transactional
public class ResourcePolicyService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResourcePolicyRepository policies;
    private final ConfigResourceService resources;
    private final AnycastIpListService anycastLists;

    ResourcePolicyService(ResourcePolicyRepository policies, ConfigResourceService resources, AnycastIpListService anycastLists) {
        this.policies = policies;
        this.resources = resources;
        this.anycastLists = anycastLists;
    }

    public void put(Scope scope, String arn, String document) {
        requireResource(scope, arn);
        JsonNode policy;
        try {
            policy = document == null ? null : JSON.readTree(document);
        } catch (JacksonException e) {
            policy = null;
        }
        if (policy == null || !policy.isObject() || !policy.has("Statement") || document.length() > 20_480) {
            throw new AwsException("InvalidArgument", "A resource policy is a JSON policy document with a Statement, at most 20 KB.");
        }
        String text = document;
        policies.findById(arn).ifPresentOrElse(p -> p.setDocument(text), () -> policies.save(new ResourcePolicyRow(arn, scope.account(), text)));
    }

    @Transactional(readOnly = true)
    public String get(Scope scope, String arn) {
        return row(scope, arn).getDocument();
    }

    public void delete(Scope scope, String arn) {
        policies.delete(row(scope, arn));
    }

    private ResourcePolicyRow row(Scope scope, String arn) {
        requireResource(scope, arn);
        return policies.findById(arn).filter(p -> p.getAccount().equals(scope.account()))
                .orElseThrow(() -> new AwsException("EntityNotFound", "The resource " + arn + " has no resource policy.", 404));
    }

    private void requireResource(Scope scope, String arn) {
        String vpcOrigin = CloudFrontArns.idIn(arn, scope.account(), "vpcorigin");
        String anycastList = CloudFrontArns.idIn(arn, scope.account(), "anycast-ip-list");
        boolean exists = vpcOrigin != null && resources.find(scope, ConfigKinds.VPC_ORIGIN, vpcOrigin).isPresent()
                || anycastList != null && anycastLists.exists(scope, anycastList);
        if (!exists) {
            throw new AwsException("EntityNotFound", "No VPC origin or Anycast IP list of this account has the ARN " + arn + ".", 404);
        }
    }
}
