package dev.netsim.ec2.insights;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.persistence.StoredJson;
import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.common.persistence.CommittedWrites;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Settings;
import dev.netsim.ec2.nat.NatGatewayService;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.simulation.reachability.NatTranslation;
import dev.netsim.simulation.reachability.ReachabilityAnalyzer;
import dev.netsim.simulation.reachability.ReachabilityQuery;
import dev.netsim.simulation.reachability.ReachabilityResult;

/**
 * Reachability Analyzer's resources: paths (what to analyse) and analyses (the answer for a path at
 * the moment it was asked, kept as it was). An analysis shows {@code running} for the configured
 * state transition delay, then {@code succeeded}, or {@code failed} when its path's ends are gone.
 */
@Service
@Transactional
public class NetworkInsightsService {

    static final DescribeQuery.Kind PATH_KIND = new DescribeQuery.Kind("nip", "InvalidNetworkInsightsPathId",
            "InvalidNetworkInsightsPathId.NotFound", "network insights path", 1, 100);
    static final DescribeQuery.Kind ANALYSIS_KIND = new DescribeQuery.Kind("nia", "InvalidNetworkInsightsAnalysisId",
            "InvalidNetworkInsightsAnalysisId.NotFound", "network insights analysis", 1, 100);
    static final String PATH_TYPE = "network-insights-path";
    static final String ANALYSIS_TYPE = "network-insights-analysis";

    private static final FilterSpec<Tagged<NetworkInsightsPath>> PATH_FILTERS = FilterSpec.<Tagged<NetworkInsightsPath>>builder(Tagged::tags)
            .on("source", t -> t.resource().getSource())
            .on("destination", t -> t.resource().getDestination())
            .on("protocol", t -> t.resource().getProtocol())
            .on("filter-at-source.source-address", t -> filterPart(t.resource().getFilterAtSource(), ReachabilityQuery.PathFilter::sourceAddress))
            .on("filter-at-source.destination-address", t -> filterPart(t.resource().getFilterAtSource(),
                    ReachabilityQuery.PathFilter::destinationAddress))
            .on("filter-at-destination.source-address", t -> filterPart(t.resource().getFilterAtDestination(),
                    ReachabilityQuery.PathFilter::sourceAddress))
            .on("filter-at-destination.destination-address", t -> filterPart(t.resource().getFilterAtDestination(),
                    ReachabilityQuery.PathFilter::destinationAddress))
            .build();

    private static final FilterSpec<Tagged<AnalysisView>> ANALYSIS_FILTERS = FilterSpec.<Tagged<AnalysisView>>builder(Tagged::tags)
            .on("path-found", t -> t.resource().status().equals("succeeded") ? Boolean.toString(t.resource().result().pathFound()) : null)
            .on("status", t -> t.resource().status())
            .build();

    /** An analysis with its status now and, once it has succeeded, its result. */
    public record AnalysisView(NetworkInsightsAnalysis analysis, String status, ReachabilityResult result) {
    }

    private final NetworkInsightsPathRepository paths;
    private final NetworkInsightsAnalysisRepository analyses;
    private final ReachabilityService reachability;
    private final TagService tags;
    private final IdGenerator ids;
    private final Ec2Settings settings;
    private final Clock clock;
    private final CommittedWrites writes;
    private final NatGatewayService natGateways;

    public NetworkInsightsService(NetworkInsightsPathRepository paths, NetworkInsightsAnalysisRepository analyses, ReachabilityService reachability,
                                  TagService tags, IdGenerator ids, Ec2Settings settings, Clock clock, CommittedWrites writes,
                                  NatGatewayService natGateways) {
        this.paths = paths;
        this.analyses = analyses;
        this.reachability = reachability;
        this.tags = tags;
        this.ids = ids;
        this.settings = settings;
        this.clock = clock;
        this.writes = writes;
        this.natGateways = natGateways;
    }

    // ---- paths

    /** CreateNetworkInsightsPath: the same ClientToken with the same path gives the path made the first time. */
    public Tagged<NetworkInsightsPath> createPath(Scope scope, ReachabilityService.PathInput input, String clientToken, Map<String, String> newTags) {
        writes.leavesCachedStateAlone();
        if (input.filterAtSource() != null && (input.sourceIp() != null || input.destinationPort() != null)) {
            throw new AwsException("InvalidParameterCombination", "FilterAtSource cannot be combined with SourceIp or DestinationPort.");
        }
        if (input.filterAtDestination() != null && input.destinationIp() != null) {
            throw new AwsException("InvalidParameterCombination", "FilterAtDestination cannot be combined with DestinationIp.");
        }
        ReachabilityQuery query = reachability.validate(scope, input);
        ReachabilityService.PathInput resolved = new ReachabilityService.PathInput(query.source(), query.destination(), input.sourceIp(),
                input.destinationIp(), input.protocol().toLowerCase(java.util.Locale.ROOT), input.destinationPort(), input.filterAtSource(),
                input.filterAtDestination());
        if (clientToken != null) {
            var earlier = paths.findByAccountAndRegionAndClientToken(scope.account(), scope.region(), clientToken);
            if (earlier.isPresent()) {
                if (!inputOf(earlier.get()).equals(resolved)) {
                    throw new AwsException("IdempotentParameterMismatch", "The client token " + clientToken + " was used for a different path.");
                }
                return new Tagged<>(earlier.get(), tags.tagsOf(earlier.get().getId()));
            }
        }
        NetworkInsightsPath path = paths.save(new NetworkInsightsPath(ids.ec2Id("nip"), scope.account(), scope.region(), resolved,
                StoredJson.write(input.filterAtSource()), StoredJson.write(input.filterAtDestination()), clientToken, clock.instant()));
        return new Tagged<>(path, tags.tagNew(scope, path.getId(), PATH_TYPE, newTags));
    }

    @Transactional(readOnly = true)
    public Page<Tagged<NetworkInsightsPath>> describePaths(Scope scope, DescribeQuery query) {
        return query.apply(PATH_KIND, tags.withTags(scope, paths.findByAccountAndRegionOrderById(scope.account(), scope.region()),
                NetworkInsightsPath::getId), NetworkInsightsPath::getId, PATH_FILTERS);
    }

    /** DeleteNetworkInsightsPath: only once its analyses are deleted. */
    public String deletePath(Scope scope, String pathId) {
        writes.leavesCachedStateAlone();
        NetworkInsightsPath path = findPath(scope, pathId);
        if (analyses.existsByPathId(path.getId())) {
            throw Ec2Errors.dependencyViolation("network insights path", path.getId(), "it has analyses; delete them first");
        }
        tags.forget(path.getId());
        paths.delete(path);
        return path.getId();
    }

    public boolean pathExists(Scope scope, String id) {
        return paths.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }

    static ReachabilityService.PathInput inputOf(NetworkInsightsPath path) {
        return new ReachabilityService.PathInput(path.getSource(), path.getDestination(), path.getSourceIp(), path.getDestinationIp(),
                path.getProtocol(), path.getDestinationPort(), StoredJson.read(path.getFilterAtSource(), ReachabilityQuery.PathFilter.class),
                StoredJson.read(path.getFilterAtDestination(), ReachabilityQuery.PathFilter.class));
    }

    private NetworkInsightsPath findPath(Scope scope, String pathId) {
        return PATH_KIND.require("NetworkInsightsPathId", pathId, id -> paths.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    // ---- analyses

    /** The analysis a StartNetworkInsightsAnalysis asks for. */
    public record AnalysisRequest(String pathId, List<String> filterInArns, List<String> filterOutArns, List<String> additionalAccounts,
                                  String clientToken) {
    }

    /**
     * StartNetworkInsightsAnalysis: the path is analysed on the network as it is now and the answer
     * kept. A path whose source or destination has gone since gives a failed analysis, as on AWS.
     */
    public Tagged<AnalysisView> startAnalysis(Scope scope, AnalysisRequest request, Map<String, String> newTags) {
        // the analysis is kept, but the network it read is unchanged: the next analysis reuses the snapshot
        writes.leavesCachedStateAlone();
        NetworkInsightsPath path = findPath(scope, request.pathId());
        if (request.clientToken() != null) {
            var earlier = analyses.findByAccountAndRegionAndClientToken(scope.account(), scope.region(), request.clientToken());
            if (earlier.isPresent()) {
                if (!earlier.get().getPathId().equals(path.getId())) {
                    throw new AwsException("IdempotentParameterMismatch", "The client token " + request.clientToken()
                            + " was used for an analysis of another path.");
                }
                return new Tagged<>(view(earlier.get()), tags.tagsOf(earlier.get().getId()));
            }
        }
        ReachabilityResult result = null;
        String failure = null;
        try {
            ReachabilityQuery query = reachability.validate(scope, inputOf(path));
            result = ReachabilityAnalyzer.restrict(reachability.analyze(scope, query), idsOf(request.filterInArns()),
                    idsOf(request.filterOutArns()));
        } catch (AwsException gone) {
            failure = gone.getMessage();
        }
        NetworkInsightsAnalysis analysis = analyses.save(new NetworkInsightsAnalysis(ids.ec2Id("nia"), scope.account(), scope.region(),
                path.getId(), lines(request.filterInArns()), lines(request.filterOutArns()), lines(request.additionalAccounts()),
                StoredJson.write(result), failure, request.clientToken(),
                clock.instant()));
        return new Tagged<>(view(analysis), tags.tagNew(scope, analysis.getId(), ANALYSIS_TYPE, newTags));
    }

    /** DescribeNetworkInsightsAnalyses: by ids, path and start-time window, then filters, paged by id. */
    @Transactional(readOnly = true)
    public Page<Tagged<AnalysisView>> describeAnalyses(Scope scope, DescribeQuery query, String pathId, Instant startedFrom, Instant startedTo) {
        List<NetworkInsightsAnalysis> all = analyses.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(a -> pathId == null || a.getPathId().equals(pathId))
                .filter(a -> startedFrom == null || !a.getStartedAt().isBefore(startedFrom))
                .filter(a -> startedTo == null || !a.getStartedAt().isAfter(startedTo))
                .toList();
        List<AnalysisView> views = all.stream().map(this::view).toList();
        return query.apply(ANALYSIS_KIND, tags.withTags(scope, views, v -> v.analysis().getId()), v -> v.analysis().getId(), ANALYSIS_FILTERS);
    }

    public String deleteAnalysis(Scope scope, String analysisId) {
        writes.leavesCachedStateAlone();
        NetworkInsightsAnalysis analysis = ANALYSIS_KIND.require("NetworkInsightsAnalysisId", analysisId,
                id -> analyses.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
        tags.forget(analysis.getId());
        analyses.delete(analysis);
        return analysis.getId();
    }

    public boolean analysisExists(Scope scope, String id) {
        return analyses.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }

    /** A NAT gateway translation one stored analysis found. */
    public record StoredTranslation(String networkInsightsAnalysisId, String networkInsightsPathId, java.time.Instant startDate,
                                    NatTranslation translation) {
    }

    /** The translations the scope's succeeded analyses saw the NAT gateway make, oldest analysis first. */
    @Transactional(readOnly = true)
    public List<StoredTranslation> natTranslations(Scope scope, String natGatewayId) {
        if (!natGateways.exists(scope, natGatewayId)) {
            throw new AwsException("NatGatewayNotFound", "The nat gateway ID '" + natGatewayId + "' does not exist");
        }
        List<StoredTranslation> found = new java.util.ArrayList<>();
        for (NetworkInsightsAnalysis analysis : analyses.findByAccountAndRegionOrderById(scope.account(), scope.region())) {
            AnalysisView view = view(analysis);
            if (view.result() == null) {
                continue;
            }
            NatTranslation.onPath(view.result().forwardPath()).stream().filter(t -> t.natGatewayId().equals(natGatewayId))
                    .forEach(t -> found.add(new StoredTranslation(analysis.getId(), analysis.getPathId(), analysis.getStartedAt(), t)));
        }
        found.sort(java.util.Comparator.comparing(StoredTranslation::startDate).thenComparing(StoredTranslation::networkInsightsAnalysisId));
        return found;
    }

    private AnalysisView view(NetworkInsightsAnalysis analysis) {
        if (analysis.getResultJson() == null) {
            return new AnalysisView(analysis, "failed", null);
        }
        boolean running = clock.instant().isBefore(analysis.getStartedAt().plus(settings.stateTransitionDelay()));
        return new AnalysisView(analysis, running ? "running" : "succeeded", running ? null : StoredJson.read(analysis.getResultJson(), ReachabilityResult.class));
    }

    /** Resource ids of ARNs ({@code arn:aws:ec2:…:instance/i-…}) or ids. */
    private static List<String> idsOf(List<String> arns) {
        return arns.stream().map(a -> a.contains("/") ? a.substring(a.lastIndexOf('/') + 1) : a).toList();
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    static List<String> lines(String stored) {
        return stored == null ? List.of() : List.of(stored.split("\n"));
    }

    private static String filterPart(String json, java.util.function.Function<ReachabilityQuery.PathFilter, String> part) {
        ReachabilityQuery.PathFilter filter = StoredJson.read(json, ReachabilityQuery.PathFilter.class);
        return filter == null ? null : Objects.toString(part.apply(filter), null);
    }
}
