package dev.netsim.cloudfront.logging;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.CreateRealtimeLogConfigRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateRealtimeLogConfigResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteRealtimeLogConfigRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteRealtimeLogConfigResponse;
import software.amazon.awssdk.services.cloudfront.model.GetRealtimeLogConfigRequest;
import software.amazon.awssdk.services.cloudfront.model.GetRealtimeLogConfigResponse;
import software.amazon.awssdk.services.cloudfront.model.ListRealtimeLogConfigsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListRealtimeLogConfigsResponse;
import software.amazon.awssdk.services.cloudfront.model.RealtimeLogConfig;
import software.amazon.awssdk.services.cloudfront.model.RealtimeLogConfigs;
import software.amazon.awssdk.services.cloudfront.model.UpdateRealtimeLogConfigRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateRealtimeLogConfigResponse;

/** CloudFront (restXml) handlers for real-time log configurations. */
@Component
class RealtimeLogConfigActions {

    private final RealtimeLogConfigService configs;

    RealtimeLogConfigActions(RealtimeLogConfigService configs) {
        this.configs = configs;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateRealtimeLogConfigResponse createRealtimeLogConfig(CreateRealtimeLogConfigRequest r, Scope scope) {
        return CreateRealtimeLogConfigResponse.builder().realtimeLogConfig(configs.create(scope, r.name(), r.samplingRate(), r.endPoints(),
                r.fields())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetRealtimeLogConfigResponse getRealtimeLogConfig(GetRealtimeLogConfigRequest r, Scope scope) {
        return GetRealtimeLogConfigResponse.builder().realtimeLogConfig(configs.get(scope, r.name(), r.arn())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateRealtimeLogConfigResponse updateRealtimeLogConfig(UpdateRealtimeLogConfigRequest r, Scope scope) {
        return UpdateRealtimeLogConfigResponse.builder().realtimeLogConfig(configs.update(scope, r.name(), r.arn(), r.samplingRate(),
                r.hasEndPoints() ? r.endPoints() : null, r.hasFields() ? r.fields() : null)).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteRealtimeLogConfigResponse deleteRealtimeLogConfig(DeleteRealtimeLogConfigRequest r, Scope scope) {
        configs.delete(scope, r.name(), r.arn());
        return DeleteRealtimeLogConfigResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListRealtimeLogConfigsResponse listRealtimeLogConfigs(ListRealtimeLogConfigsRequest r, Scope scope) {
        int max = PageSizes.maxItems(r.maxItems());
        Page<RealtimeLogConfig> page = configs.list(scope, r.marker(), max);
        return ListRealtimeLogConfigsResponse.builder().realtimeLogConfigs(RealtimeLogConfigs.builder().maxItems(max)
                .items(page.items().isEmpty() ? null : page.items()).isTruncated(page.nextToken() != null)
                .marker(r.marker() == null ? "" : r.marker()).nextMarker(page.nextToken()).build()).build();
    }
}
