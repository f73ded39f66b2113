package dev.netsim.route53.account;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.route53.zone.PageSize;
import software.amazon.awssdk.services.route53.model.CreateQueryLoggingConfigRequest;
import software.amazon.awssdk.services.route53.model.CreateQueryLoggingConfigResponse;
import software.amazon.awssdk.services.route53.model.CreateReusableDelegationSetRequest;
import software.amazon.awssdk.services.route53.model.CreateReusableDelegationSetResponse;
import software.amazon.awssdk.services.route53.model.CreateVpcAssociationAuthorizationRequest;
import software.amazon.awssdk.services.route53.model.CreateVpcAssociationAuthorizationResponse;
import software.amazon.awssdk.services.route53.model.DelegationSet;
import software.amazon.awssdk.services.route53.model.DeleteQueryLoggingConfigRequest;
import software.amazon.awssdk.services.route53.model.DeleteQueryLoggingConfigResponse;
import software.amazon.awssdk.services.route53.model.DeleteReusableDelegationSetRequest;
import software.amazon.awssdk.services.route53.model.DeleteReusableDelegationSetResponse;
import software.amazon.awssdk.services.route53.model.DeleteVpcAssociationAuthorizationRequest;
import software.amazon.awssdk.services.route53.model.DeleteVpcAssociationAuthorizationResponse;
import software.amazon.awssdk.services.route53.model.GetQueryLoggingConfigRequest;
import software.amazon.awssdk.services.route53.model.GetQueryLoggingConfigResponse;
import software.amazon.awssdk.services.route53.model.GetReusableDelegationSetRequest;
import software.amazon.awssdk.services.route53.model.GetReusableDelegationSetResponse;
import software.amazon.awssdk.services.route53.model.ListQueryLoggingConfigsRequest;
import software.amazon.awssdk.services.route53.model.ListQueryLoggingConfigsResponse;
import software.amazon.awssdk.services.route53.model.ListReusableDelegationSetsRequest;
import software.amazon.awssdk.services.route53.model.ListReusableDelegationSetsResponse;
import software.amazon.awssdk.services.route53.model.ListVpcAssociationAuthorizationsRequest;
import software.amazon.awssdk.services.route53.model.ListVpcAssociationAuthorizationsResponse;
import software.amazon.awssdk.services.route53.model.QueryLoggingConfig;
import software.amazon.awssdk.services.route53.model.VPC;

/** Route 53 (restXml) handlers for reusable delegation sets, query logging configurations and VPC association authorizations. */
@Component
class AccountResourceActions {

    private final DelegationSetService delegationSets;
    private final QueryLoggingService queryLogging;
    private final VpcAssociationAuthorizationService authorizations;

    AccountResourceActions(DelegationSetService delegationSets, QueryLoggingService queryLogging, VpcAssociationAuthorizationService authorizations) {
        this.delegationSets = delegationSets;
        this.queryLogging = queryLogging;
        this.authorizations = authorizations;
    }

    @AwsAction(WireService.ROUTE53)
    CreateReusableDelegationSetResponse createReusableDelegationSet(CreateReusableDelegationSetRequest r, Scope scope) {
        DelegationSetService.DelegationSet set = delegationSets.create(scope, r.callerReference(), r.hostedZoneId());
        return CreateReusableDelegationSetResponse.builder().delegationSet(toSdk(set))
                .location("https://route53.amazonaws.com/2013-04-01/delegationset/" + set.id()).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetReusableDelegationSetResponse getReusableDelegationSet(GetReusableDelegationSetRequest r, Scope scope) {
        return GetReusableDelegationSetResponse.builder().delegationSet(toSdk(delegationSets.get(scope, r.id()))).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListReusableDelegationSetsResponse listReusableDelegationSets(ListReusableDelegationSetsRequest r, Scope scope) {
        Page<DelegationSetService.DelegationSet> page = delegationSets.list(scope, r.marker(), PageSize.of(r.maxItems(), 100, 100));
        return ListReusableDelegationSetsResponse.builder().delegationSets(page.items().stream().map(AccountResourceActions::toSdk).toList())
                .marker(r.marker() == null ? "" : r.marker()).isTruncated(page.nextToken() != null).nextMarker(page.nextToken())
                .maxItems(r.maxItems() == null ? "100" : r.maxItems()).build();
    }

    @AwsAction(WireService.ROUTE53)
    DeleteReusableDelegationSetResponse deleteReusableDelegationSet(DeleteReusableDelegationSetRequest r, Scope scope) {
        delegationSets.delete(scope, r.id());
        return DeleteReusableDelegationSetResponse.builder().build();
    }

    private static DelegationSet toSdk(DelegationSetService.DelegationSet set) {
        return DelegationSet.builder().id("/delegationset/" + set.id()).callerReference(set.callerReference()).nameServers(set.nameServers()).build();
    }

    @AwsAction(WireService.ROUTE53)
    CreateQueryLoggingConfigResponse createQueryLoggingConfig(CreateQueryLoggingConfigRequest r, Scope scope) {
        QueryLoggingService.QueryLoggingConfig config = queryLogging.create(scope, r.hostedZoneId(), r.cloudWatchLogsLogGroupArn());
        return CreateQueryLoggingConfigResponse.builder().queryLoggingConfig(toSdk(config))
                .location("https://route53.amazonaws.com/2013-04-01/queryloggingconfig/" + config.id()).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetQueryLoggingConfigResponse getQueryLoggingConfig(GetQueryLoggingConfigRequest r, Scope scope) {
        return GetQueryLoggingConfigResponse.builder().queryLoggingConfig(toSdk(queryLogging.get(scope, r.id()))).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListQueryLoggingConfigsResponse listQueryLoggingConfigs(ListQueryLoggingConfigsRequest r, Scope scope) {
        Page<QueryLoggingService.QueryLoggingConfig> page = Pager.page(queryLogging.list(scope, r.hostedZoneId()),
                QueryLoggingService.QueryLoggingConfig::id, PageSize.of(r.maxResults(), 100, 100), r.nextToken(), "InvalidPaginationToken");
        return ListQueryLoggingConfigsResponse.builder().queryLoggingConfigs(page.items().stream().map(AccountResourceActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.ROUTE53)
    DeleteQueryLoggingConfigResponse deleteQueryLoggingConfig(DeleteQueryLoggingConfigRequest r, Scope scope) {
        queryLogging.delete(scope, r.id());
        return DeleteQueryLoggingConfigResponse.builder().build();
    }

    private static QueryLoggingConfig toSdk(QueryLoggingService.QueryLoggingConfig c) {
        return QueryLoggingConfig.builder().id(c.id()).hostedZoneId(c.hostedZoneId()).cloudWatchLogsLogGroupArn(c.logGroupArn()).build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "CreateVPCAssociationAuthorization")
    CreateVpcAssociationAuthorizationResponse createVPCAssociationAuthorization(CreateVpcAssociationAuthorizationRequest r, Scope scope) {
        VpcAssociationAuthorizationService.Authorization a = authorizations.create(scope, r.hostedZoneId(), r.vpc().vpcId(),
                r.vpc().vpcRegionAsString());
        return CreateVpcAssociationAuthorizationResponse.builder().hostedZoneId(a.zoneId())
                .vpc(VPC.builder().vpcId(a.vpcId()).vpcRegion(a.vpcRegion()).build()).build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "ListVPCAssociationAuthorizations")
    ListVpcAssociationAuthorizationsResponse listVPCAssociationAuthorizations(ListVpcAssociationAuthorizationsRequest r, Scope scope) {
        List<VpcAssociationAuthorizationService.Authorization> all = authorizations.list(scope, r.hostedZoneId());
        Page<VpcAssociationAuthorizationService.Authorization> page = Pager.page(all, VpcAssociationAuthorizationService.Authorization::key,
                PageSize.of(r.maxResults(), 100, 100), r.nextToken(), "InvalidPaginationToken");
        String zoneId = all.isEmpty() ? dev.netsim.route53.zone.Route53Ids.bare(r.hostedZoneId()) : all.get(0).zoneId();
        return ListVpcAssociationAuthorizationsResponse.builder().hostedZoneId(zoneId).nextToken(page.nextToken())
                .vpCs(page.items().stream().map(a -> VPC.builder().vpcId(a.vpcId()).vpcRegion(a.vpcRegion()).build()).toList()).build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "DeleteVPCAssociationAuthorization")
    DeleteVpcAssociationAuthorizationResponse deleteVPCAssociationAuthorization(DeleteVpcAssociationAuthorizationRequest r, Scope scope) {
        authorizations.delete(scope, r.hostedZoneId(), r.vpc().vpcId(), r.vpc().vpcRegionAsString());
        return DeleteVpcAssociationAuthorizationResponse.builder().build();
    }
}
