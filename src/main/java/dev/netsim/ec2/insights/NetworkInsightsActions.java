package dev.netsim.ec2.insights;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.simulation.network.PortRange;
import dev.netsim.simulation.reachability.ReachabilityQuery;
import software.amazon.awssdk.services.ec2.model.CreateNetworkInsightsPathRequest;
import software.amazon.awssdk.services.ec2.model.CreateNetworkInsightsPathResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkInsightsAnalysisRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkInsightsAnalysisResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkInsightsPathRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkInsightsPathResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInsightsAnalysesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInsightsAnalysesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInsightsPathsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInsightsPathsResponse;
import software.amazon.awssdk.services.ec2.model.PathRequestFilter;
import software.amazon.awssdk.services.ec2.model.RequestFilterPortRange;
import software.amazon.awssdk.services.ec2.model.StartNetworkInsightsAnalysisRequest;
import software.amazon.awssdk.services.ec2.model.StartNetworkInsightsAnalysisResponse;

/** EC2 wire handlers for Reachability Analyzer: paths and analyses. */
@Component
class NetworkInsightsActions {

    private final NetworkInsightsService insights;

    NetworkInsightsActions(NetworkInsightsService insights) {
        this.insights = insights;
    }

    @AwsAction(WireService.EC2)
    CreateNetworkInsightsPathResponse createNetworkInsightsPath(CreateNetworkInsightsPathRequest r, Scope scope) {
        ReachabilityService.PathInput input = new ReachabilityService.PathInput(r.source(), r.destination(), r.sourceIp(), r.destinationIp(),
                r.protocolAsString(), r.destinationPort(), filter(r.filterAtSource()), filter(r.filterAtDestination()));
        Tagged<NetworkInsightsPath> path = insights.createPath(scope, input, r.clientToken(),
                Ec2Wire.tagsFor(r.tagSpecifications(), NetworkInsightsService.PATH_TYPE));
        return CreateNetworkInsightsPathResponse.builder().networkInsightsPath(new InsightsWire(scope).path(path)).build();
    }

    private static ReachabilityQuery.PathFilter filter(PathRequestFilter filter) {
        if (filter == null) {
            return null;
        }
        return new ReachabilityQuery.PathFilter(filter.sourceAddress(), ports(filter.sourcePortRange()), filter.destinationAddress(),
                ports(filter.destinationPortRange()));
    }

    private static PortRange ports(RequestFilterPortRange range) {
        return range == null ? null : PortRange.ofNullable(range.fromPort(), range.toPort());
    }

    @AwsAction(WireService.EC2)
    DescribeNetworkInsightsPathsResponse describeNetworkInsightsPaths(DescribeNetworkInsightsPathsRequest r, Scope scope) {
        Page<Tagged<NetworkInsightsPath>> page = insights.describePaths(scope, Ec2Wire.query(r.networkInsightsPathIds(), r.filters(),
                r.maxResults(), r.nextToken()));
        InsightsWire wire = new InsightsWire(scope);
        return DescribeNetworkInsightsPathsResponse.builder().networkInsightsPaths(page.items().stream().map(wire::path).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    DeleteNetworkInsightsPathResponse deleteNetworkInsightsPath(DeleteNetworkInsightsPathRequest r, Scope scope) {
        return DeleteNetworkInsightsPathResponse.builder().networkInsightsPathId(insights.deletePath(scope, r.networkInsightsPathId())).build();
    }

    @AwsAction(WireService.EC2)
    StartNetworkInsightsAnalysisResponse startNetworkInsightsAnalysis(StartNetworkInsightsAnalysisRequest r, Scope scope) {
        var analysis = insights.startAnalysis(scope, new NetworkInsightsService.AnalysisRequest(r.networkInsightsPathId(), r.filterInArns(),
                r.filterOutArns(), r.additionalAccounts(), r.clientToken()), Ec2Wire.tagsFor(r.tagSpecifications(), NetworkInsightsService.ANALYSIS_TYPE));
        return StartNetworkInsightsAnalysisResponse.builder().networkInsightsAnalysis(new InsightsWire(scope).analysis(analysis)).build();
    }

    @AwsAction(WireService.EC2)
    DescribeNetworkInsightsAnalysesResponse describeNetworkInsightsAnalyses(DescribeNetworkInsightsAnalysesRequest r, Scope scope) {
        var page = insights.describeAnalyses(scope, Ec2Wire.query(r.networkInsightsAnalysisIds(), r.filters(), r.maxResults(), r.nextToken()),
                r.networkInsightsPathId(), r.analysisStartTime(), r.analysisEndTime());
        InsightsWire wire = new InsightsWire(scope);
        return DescribeNetworkInsightsAnalysesResponse.builder().networkInsightsAnalyses(page.items().stream().map(wire::analysis).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    DeleteNetworkInsightsAnalysisResponse deleteNetworkInsightsAnalysis(DeleteNetworkInsightsAnalysisRequest r, Scope scope) {
        return DeleteNetworkInsightsAnalysisResponse.builder()
                .networkInsightsAnalysisId(insights.deleteAnalysis(scope, r.networkInsightsAnalysisId())).build();
    }
}
