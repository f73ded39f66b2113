package dev.netsim.cloudfront.distribution;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.anycast.AnycastIpListService;
import dev.netsim.cloudfront.function.FunctionKind;
import dev.netsim.cloudfront.function.FunctionService;
import dev.netsim.cloudfront.logging.RealtimeLogConfigService;
import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.resource.ConfigKind;
import dev.netsim.cloudfront.resource.ConfigKinds;
import dev.netsim.cloudfront.resource.ConfigResourceService;
import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.cloudfront.tag.CloudFrontTagActions;
import dev.netsim.cloudfront.tag.CloudFrontTagService;
import dev.netsim.cloudfront.truststore.CloudFrontTrustStoreService;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByTrustStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByTrustStoreResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByConnectionFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByConnectionFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.AssociateDistributionWebAclRequest;
import software.amazon.awssdk.services.cloudfront.model.AssociateDistributionWebAclResponse;
import software.amazon.awssdk.services.cloudfront.model.DisassociateDistributionWebAclRequest;
import software.amazon.awssdk.services.cloudfront.model.DisassociateDistributionWebAclResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByConnectionModeRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByConnectionModeResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByOwnedResourceRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByOwnedResourceResponse;
import software.amazon.awssdk.services.cloudfront.model.DistributionIdOwner;
import software.amazon.awssdk.services.cloudfront.model.DistributionIdOwnerList;
import software.amazon.awssdk.services.cloudfront.model.ConnectionMode;
import software.amazon.awssdk.services.cloudfront.model.ActiveTrustedKeyGroups;
import software.amazon.awssdk.services.cloudfront.model.ActiveTrustedSigners;
import software.amazon.awssdk.services.cloudfront.model.AssociateAliasRequest;
import software.amazon.awssdk.services.cloudfront.model.AssociateAliasResponse;
import software.amazon.awssdk.services.cloudfront.model.ConflictingAlias;
import software.amazon.awssdk.services.cloudfront.model.ConflictingAliasesList;
import software.amazon.awssdk.services.cloudfront.model.CopyDistributionRequest;
import software.amazon.awssdk.services.cloudfront.model.CopyDistributionResponse;
import software.amazon.awssdk.services.cloudfront.model.CreateDistributionRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateDistributionResponse;
import software.amazon.awssdk.services.cloudfront.model.CreateDistributionWithTagsRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateDistributionWithTagsResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteDistributionRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteDistributionResponse;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionIdList;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionConfigRequest;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionConfigResponse;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionRequest;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionResponse;
import software.amazon.awssdk.services.cloudfront.model.ListConflictingAliasesRequest;
import software.amazon.awssdk.services.cloudfront.model.ListConflictingAliasesResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByAnycastIpListIdRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByAnycastIpListIdResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByCachePolicyIdRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByCachePolicyIdResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByKeyGroupRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByKeyGroupResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByOriginRequestPolicyIdRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByOriginRequestPolicyIdResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByRealtimeLogConfigRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByRealtimeLogConfigResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByResponseHeadersPolicyIdRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByResponseHeadersPolicyIdResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByVpcOriginIdRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByVpcOriginIdResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByWebAclIdRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsByWebAclIdResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsResponse;
import software.amazon.awssdk.services.cloudfront.model.UpdateDistributionRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateDistributionResponse;
import software.amazon.awssdk.services.cloudfront.model.UpdateDistributionWithStagingConfigRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateDistributionWithStagingConfigResponse;

/** CloudFront (restXml) handlers for distributions. */
@Component
class DistributionActions {

    private static final String LOCATION = "https://cloudfront.amazonaws.com/2020-05-31/distribution/";

    private final DistributionService distributions;
    private final DistributionReferences references;
    private final ConfigResourceService resources;
    private final InvalidationCounts invalidations;
    private final CloudFrontTagService tags;
    private final AnycastIpListService anycastLists;
    private final RealtimeLogConfigService realtimeLogs;
    private final FunctionService functions;
    private final CloudFrontTrustStoreService trustStores;

    DistributionActions(DistributionService distributions, DistributionReferences references, ConfigResourceService resources,
                        InvalidationCounts invalidations, CloudFrontTagService tags, AnycastIpListService anycastLists,
                        RealtimeLogConfigService realtimeLogs, FunctionService functions, CloudFrontTrustStoreService trustStores) {
        this.distributions = distributions;
        this.references = references;
        this.resources = resources;
        this.invalidations = invalidations;
        this.tags = tags;
        this.anycastLists = anycastLists;
        this.realtimeLogs = realtimeLogs;
        this.functions = functions;
        this.trustStores = trustStores;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateDistributionResponse createDistribution(CreateDistributionRequest r, Scope scope) {
        Distribution d = distributions.create(scope, required(r.distributionConfig()));
        return CreateDistributionResponse.builder().distribution(toSdk(d, scope, Distribution.IN_PROGRESS)).eTag(d.getEtag()).location(LOCATION + d.getId()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateDistributionWithTagsResponse createDistributionWithTags(CreateDistributionWithTagsRequest r, Scope scope) {
        if (r.distributionConfigWithTags() == null) {
            throw new AwsException("MissingBody", "The request has no DistributionConfigWithTags.");
        }
        Distribution d = distributions.create(scope, required(r.distributionConfigWithTags().distributionConfig()));
        tags.tag(scope, d.getArn(), CloudFrontTagActions.asMap(r.distributionConfigWithTags().tags()));
        return CreateDistributionWithTagsResponse.builder().distribution(toSdk(d, scope, Distribution.IN_PROGRESS)).eTag(d.getEtag()).location(LOCATION + d.getId()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetDistributionResponse getDistribution(GetDistributionRequest r, Scope scope) {
        Distribution d = distributions.get(scope, r.id());
        return GetDistributionResponse.builder().eTag(d.getEtag()).distribution(toSdk(d, scope, distributions.status(d))).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetDistributionConfigResponse getDistributionConfig(GetDistributionConfigRequest r, Scope scope) {
        Distribution d = distributions.get(scope, r.id());
        return GetDistributionConfigResponse.builder().eTag(d.getEtag()).distributionConfig(DistributionService.config(d)).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateDistributionResponse updateDistribution(UpdateDistributionRequest r, Scope scope) {
        Distribution d = distributions.update(scope, r.id(), r.ifMatch(), required(r.distributionConfig()));
        return UpdateDistributionResponse.builder().distribution(toSdk(d, scope, Distribution.IN_PROGRESS)).eTag(d.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteDistributionResponse deleteDistribution(DeleteDistributionRequest r, Scope scope) {
        Distribution d = distributions.get(scope, r.id());
        distributions.delete(scope, r.id(), r.ifMatch());
        tags.resourceDeleted(d.getArn());
        return DeleteDistributionResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    CopyDistributionResponse copyDistribution(CopyDistributionRequest r, Scope scope) {
        Distribution d = distributions.copy(scope, r.primaryDistributionId(), r.ifMatch(), r.callerReference(), Boolean.TRUE.equals(r.staging()),
                r.enabled());
        return CopyDistributionResponse.builder().distribution(toSdk(d, scope, Distribution.IN_PROGRESS)).eTag(d.getEtag())
                .location(LOCATION + d.getId()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateDistributionWithStagingConfigResponse updateDistributionWithStagingConfig(UpdateDistributionWithStagingConfigRequest r, Scope scope) {
        Distribution d = distributions.promoteStaging(scope, r.id(), r.stagingDistributionId(), r.ifMatch());
        return UpdateDistributionWithStagingConfigResponse.builder().distribution(toSdk(d, scope, Distribution.IN_PROGRESS)).eTag(d.getEtag())
                .build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    AssociateAliasResponse associateAlias(AssociateAliasRequest r, Scope scope) {
        distributions.associateAlias(scope, r.targetDistributionId(), r.alias());
        return AssociateAliasResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListConflictingAliasesResponse listConflictingAliases(ListConflictingAliasesRequest r, Scope scope) {
        int max = r.maxItems() == null ? DistributionService.MAX_CONFLICTING_ALIASES : r.maxItems();
        Page<DistributionService.ConflictingAlias> conflicts = distributions.conflicting(scope, r.distributionId(), r.alias(), r.marker(), max);
        List<ConflictingAlias> page = conflicts.items().stream()
                .map(c -> ConflictingAlias.builder().alias(c.alias()).distributionId(c.distributionId()).accountId(c.accountId()).build()).toList();
        return ListConflictingAliasesResponse.builder().conflictingAliasesList(ConflictingAliasesList.builder()
                .nextMarker(conflicts.nextToken()).maxItems(max).quantity(page.size()).items(page.isEmpty() ? null : page).build()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsResponse listDistributions(ListDistributionsRequest r, Scope scope) {
        return ListDistributionsResponse.builder().distributionList(list(distributions.list(scope, r.marker(), r.maxItems()), r.marker(),
                r.maxItems())).build();
    }

    @AwsAction(value = WireService.CLOUDFRONT, action = "ListDistributionsByWebACLId")
    ListDistributionsByWebAclIdResponse listDistributionsByWebACLId(ListDistributionsByWebAclIdRequest r, Scope scope) {
        return ListDistributionsByWebAclIdResponse.builder().distributionList(listOf(references.webAclUsers(scope, r.webACLId()), r.marker(),
                r.maxItems())).build();
    }

    @AwsAction(value = WireService.CLOUDFRONT, action = "AssociateDistributionWebACL")
    AssociateDistributionWebAclResponse associateDistributionWebAcl(AssociateDistributionWebAclRequest r, Scope scope) {
        if (r.webACLArn() == null || r.webACLArn().isEmpty()) {
            throw new AwsException("InvalidArgument", "Give the WebACLArn to associate.");
        }
        Distribution d = distributions.setWebAcl(scope, r.id(), r.ifMatch(), r.webACLArn());
        return AssociateDistributionWebAclResponse.builder().id(d.getId()).webACLArn(r.webACLArn()).eTag(d.getEtag()).build();
    }

    @AwsAction(value = WireService.CLOUDFRONT, action = "DisassociateDistributionWebACL")
    DisassociateDistributionWebAclResponse disassociateDistributionWebAcl(DisassociateDistributionWebAclRequest r, Scope scope) {
        Distribution d = distributions.setWebAcl(scope, r.id(), r.ifMatch(), null);
        return DisassociateDistributionWebAclResponse.builder().id(d.getId()).eTag(d.getEtag()).build();
    }

    /** Standard distributions are {@code direct}, multi-tenant ones {@code tenant-only}. */
    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByConnectionModeResponse listDistributionsByConnectionMode(ListDistributionsByConnectionModeRequest r, Scope scope) {
        String mode = r.connectionModeAsString();
        if (ConnectionMode.fromValue(mode) == ConnectionMode.UNKNOWN_TO_SDK_VERSION) {
            throw new AwsException("InvalidArgument", "ConnectionMode is direct or tenant-only, not " + mode + ".");
        }
        return ListDistributionsByConnectionModeResponse.builder().distributionList(listOf(references.matching(scope,
                c -> mode.equals(DistributionConfigRules.connectionMode(c))), r.marker(), r.maxItems()))
                .build();
    }

    /** The distributions of every account whose origins reach a VPC origin of this account (the resource CloudFront lets you share). */
    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByOwnedResourceResponse listDistributionsByOwnedResource(ListDistributionsByOwnedResourceRequest r, Scope scope) {
        String vpcOriginId = CloudFrontArns.idIn(r.resourceArn(), scope.account(), CloudFrontArns.VPC_ORIGIN);
        if (vpcOriginId == null) {
            throw new AwsException("UnsupportedOperation", "Distributions are listed by owned resource for VPC origins of this account "
                    + "(arn:aws:cloudfront::" + scope.account() + ":vpcorigin/<id>), not " + r.resourceArn() + ".");
        }
        resources.find(scope, ConfigKinds.VPC_ORIGIN, vpcOriginId)
                .orElseThrow(() -> new AwsException("EntityNotFound", "The VPC origin " + vpcOriginId + " does not exist.", 404));
        int max = PageSizes.maxItems(r.maxItems());
        Page<Distribution> page = Pager.page(references.everyAccountUsing(ConfigKinds.VPC_ORIGIN, vpcOriginId), Distribution::getId, max,
                r.marker(), "InvalidArgument");
        List<DistributionIdOwner> items = page.items().stream()
                .map(d -> DistributionIdOwner.builder().distributionId(d.getId()).ownerAccountId(d.getAccount()).build()).toList();
        return ListDistributionsByOwnedResourceResponse.builder().distributionList(DistributionIdOwnerList.builder()
                .marker(r.marker() == null ? "" : r.marker()).nextMarker(page.nextToken()).maxItems(max).isTruncated(page.nextToken() != null)
                .quantity(items.size()).items(items.isEmpty() ? null : items).build()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByConnectionFunctionResponse listDistributionsByConnectionFunction(ListDistributionsByConnectionFunctionRequest r,
                                                                                         Scope scope) {
        String id = functions.describe(scope, FunctionKind.CONNECTION, r.connectionFunctionIdentifier(), null).id();
        return ListDistributionsByConnectionFunctionResponse.builder().distributionList(listOf(references.connectionFunctionUsers(scope, id),
                r.marker(), r.maxItems())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByTrustStoreResponse listDistributionsByTrustStore(ListDistributionsByTrustStoreRequest r, Scope scope) {
        String id = trustStores.get(scope, r.trustStoreIdentifier()).getId();
        return ListDistributionsByTrustStoreResponse.builder().distributionList(listOf(references.trustStoreUsers(scope, id), r.marker(),
                r.maxItems())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByAnycastIpListIdResponse listDistributionsByAnycastIpListId(ListDistributionsByAnycastIpListIdRequest r, Scope scope) {
        anycastLists.get(scope, r.anycastIpListId());
        return ListDistributionsByAnycastIpListIdResponse.builder().distributionList(listOf(references.anycastUsers(scope, r.anycastIpListId()),
                r.marker(), r.maxItems())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByRealtimeLogConfigResponse listDistributionsByRealtimeLogConfig(ListDistributionsByRealtimeLogConfigRequest r, Scope scope) {
        String arn = realtimeLogs.get(scope, r.realtimeLogConfigName(), r.realtimeLogConfigArn()).arn();
        return ListDistributionsByRealtimeLogConfigResponse.builder().distributionList(listOf(references.realtimeLogUsers(scope, arn), r.marker(),
                r.maxItems())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByCachePolicyIdResponse listDistributionsByCachePolicyId(ListDistributionsByCachePolicyIdRequest r, Scope scope) {
        return ListDistributionsByCachePolicyIdResponse.builder()
                .distributionIdList(idList(scope, ConfigKinds.CACHE_POLICY, r.cachePolicyId(), r.marker(), r.maxItems())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByOriginRequestPolicyIdResponse listDistributionsByOriginRequestPolicyId(ListDistributionsByOriginRequestPolicyIdRequest r,
                                                                                               Scope scope) {
        return ListDistributionsByOriginRequestPolicyIdResponse.builder()
                .distributionIdList(idList(scope, ConfigKinds.ORIGIN_REQUEST_POLICY, r.originRequestPolicyId(), r.marker(), r.maxItems())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByResponseHeadersPolicyIdResponse listDistributionsByResponseHeadersPolicyId(
            ListDistributionsByResponseHeadersPolicyIdRequest r, Scope scope) {
        return ListDistributionsByResponseHeadersPolicyIdResponse.builder()
                .distributionIdList(idList(scope, ConfigKinds.RESPONSE_HEADERS_POLICY, r.responseHeadersPolicyId(), r.marker(), r.maxItems())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByKeyGroupResponse listDistributionsByKeyGroup(ListDistributionsByKeyGroupRequest r, Scope scope) {
        return ListDistributionsByKeyGroupResponse.builder()
                .distributionIdList(idList(scope, ConfigKinds.KEY_GROUP, r.keyGroupId(), r.marker(), r.maxItems())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsByVpcOriginIdResponse listDistributionsByVpcOriginId(ListDistributionsByVpcOriginIdRequest r, Scope scope) {
        return ListDistributionsByVpcOriginIdResponse.builder()
                .distributionIdList(idList(scope, ConfigKinds.VPC_ORIGIN, r.vpcOriginId(), r.marker(), r.maxItems())).build();
    }

    /** The ids of the distributions that use a resource (which must exist), a page at a time. */
    private DistributionIdList idList(Scope scope, ConfigKind kind, String id, String marker, String maxItems) {
        resources.get(scope, kind, id);
        int max = PageSizes.maxItems(maxItems);
        Page<Distribution> page = Pager.page(references.users(scope, kind, id), Distribution::getId, max, marker, "InvalidArgument");
        List<String> ids = page.items().stream().map(Distribution::getId).toList();
        return DistributionIdList.builder().marker(marker == null ? "" : marker).nextMarker(page.nextToken()).maxItems(max)
                .isTruncated(page.nextToken() != null).quantity(ids.size()).items(ids.isEmpty() ? null : ids).build();
    }

    /** One page of these distributions, from the marker on. */
    private DistributionList listOf(List<Distribution> users, String marker, Integer maxItems) {
        return listOf(users, marker, maxItems == null ? null : maxItems.toString());
    }

    private DistributionList listOf(List<Distribution> users, String marker, String maxItems) {
        return list(Pager.page(users, Distribution::getId, PageSizes.maxItems(maxItems), marker, "InvalidArgument"), marker, maxItems);
    }

    private DistributionList list(Page<Distribution> page, String marker, String maxItems) {
        var items = page.items().stream().map(this::summary).toList();
        return DistributionList.builder().marker(marker == null ? "" : marker).nextMarker(page.nextToken()).maxItems(PageSizes.maxItems(maxItems))
                .isTruncated(page.nextToken() != null).quantity(items.size())
                .items(items.isEmpty() ? null : items) // AWS leaves Items out when Quantity is 0
                .build();
    }

    private static DistributionConfig required(DistributionConfig config) {
        if (config == null) {
            throw new AwsException("MissingBody", "The request has no DistributionConfig.");
        }
        return config;
    }

    /** The distribution; the answers to changes say InProgress, as CloudFront's do, however short the deploy delay. */
    private software.amazon.awssdk.services.cloudfront.model.Distribution toSdk(Distribution d, Scope scope, String status) {
        return software.amazon.awssdk.services.cloudfront.model.Distribution.builder()
                .id(d.getId()).arn(d.getArn()).status(status).lastModifiedTime(d.getLastModified())
                .inProgressInvalidationBatches(invalidations.inProgress(scope, d.getId())).domainName(d.getDomainName())
                .activeTrustedSigners(ActiveTrustedSigners.builder().enabled(false).quantity(0).build())
                .activeTrustedKeyGroups(ActiveTrustedKeyGroups.builder().enabled(false).quantity(0).build())
                .distributionConfig(DistributionService.config(d)).build();
    }

    private DistributionSummary summary(Distribution d) {
        DistributionConfig c = DistributionService.config(d);
        return DistributionSummary.builder().id(d.getId()).arn(d.getArn()).status(distributions.status(d)).lastModifiedTime(d.getLastModified())
                .domainName(d.getDomainName()).aliases(c.aliases()).origins(c.origins()).originGroups(c.originGroups())
                .defaultCacheBehavior(c.defaultCacheBehavior()).cacheBehaviors(c.cacheBehaviors())
                .customErrorResponses(c.customErrorResponses()).comment(c.comment()).priceClass(c.priceClass())
                .enabled(c.enabled()).viewerCertificate(c.viewerCertificate()).restrictions(c.restrictions())
                .webACLId(c.webACLId()).httpVersion(c.httpVersion()).isIPV6Enabled(c.isIPV6Enabled()).staging(c.staging())
                .connectionMode(c.connectionMode()).anycastIpListId(c.anycastIpListId()).viewerMtlsConfig(c.viewerMtlsConfig())
                .connectionFunctionAssociation(c.connectionFunctionAssociation()).build();
    }
}
