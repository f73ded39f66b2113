package dev.netsim.cloudfront.distribution;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.protocol.restxml.RestXmlBinder;
import software.amazon.awssdk.services.cloudfront.model.ActiveTrustedKeyGroups;
import software.amazon.awssdk.services.cloudfront.model.ActiveTrustedSigners;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionRequest;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionResponse;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsResponse;

/** CloudFront (restXml) handlers for distributions. */
@Component
class DistributionActions {

    private static final RestXmlBinder CONFIG_READER = new RestXmlBinder("InvalidArgument");

    private final DistributionService distributions;

    DistributionActions(DistributionService distributions) {
        this.distributions = distributions;
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetDistributionResponse getDistribution(GetDistributionRequest r, Scope scope) {
        Distribution d = distributions.get(scope, r.id());
        DistributionConfig config = config(d);
        return GetDistributionResponse.builder().eTag(d.getEtag()).distribution(software.amazon.awssdk.services.cloudfront.model.Distribution.builder()
                .id(d.getId()).arn(d.getArn()).status(d.getStatus()).lastModifiedTime(d.getLastModified())
                .inProgressInvalidationBatches(0).domainName(d.getDomainName())
                .activeTrustedSigners(ActiveTrustedSigners.builder().enabled(false).quantity(0).build())
                .activeTrustedKeyGroups(ActiveTrustedKeyGroups.builder().enabled(false).quantity(0).build())
                .distributionConfig(config).build()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListDistributionsResponse listDistributions(ListDistributionsRequest r, Scope scope) {
        Page<Distribution> page = distributions.list(scope, r.marker(), r.maxItems());
        var items = page.items().stream().map(DistributionActions::summary).toList();
        return ListDistributionsResponse.builder().distributionList(DistributionList.builder()
                .marker(r.marker() == null ? "" : r.marker())
                .nextMarker(page.nextToken())
                .maxItems(r.maxItems() == null || r.maxItems().isEmpty() ? 100 : Integer.parseInt(r.maxItems().trim()))
                .isTruncated(page.nextToken() != null)
                .quantity(items.size())
                .items(items.isEmpty() ? null : items) // AWS leaves Items out when Quantity is 0
                .build()).build();
    }

    private static DistributionConfig config(Distribution d) {
        return (DistributionConfig) CONFIG_READER.readDocument(DistributionConfig.builder(), d.getConfigXml());
    }

    private static DistributionSummary summary(Distribution d) {
        DistributionConfig c = config(d);
        return DistributionSummary.builder().id(d.getId()).arn(d.getArn()).status(d.getStatus()).lastModifiedTime(d.getLastModified())
                .domainName(d.getDomainName()).aliases(c.aliases()).origins(c.origins()).originGroups(c.originGroups())
                .defaultCacheBehavior(c.defaultCacheBehavior()).cacheBehaviors(c.cacheBehaviors())
                .customErrorResponses(c.customErrorResponses()).comment(c.comment()).priceClass(c.priceClass())
                .enabled(c.enabled()).viewerCertificate(c.viewerCertificate()).restrictions(c.restrictions())
                .webACLId(c.webACLId()).httpVersion(c.httpVersion()).isIPV6Enabled(c.isIPV6Enabled()).staging(c.staging())
                .build();
    }
}
