package dev.netsim.ec2.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.network.NetworkSnapshots;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.reachability.ReachabilityAnalyzer;
import dev.netsim.simulation.reachability.ReachabilityQuery;
import dev.netsim.simulation.reachability.ReachabilityResult;

/**
 * Reachability questions of one (account, region), for Network Insights and the JSON API: checks a
 * path as CreateNetworkInsightsPath does (with AWS's error codes) and answers it over the current
 * network snapshot.
 */
@Service
public class ReachabilityService {

    /** The component kinds AWS accepts as a path's source or destination, with the error code of an unknown id of each. */
    private static final Map<ComponentType, String> ENDPOINT_KINDS = Map.of(
            ComponentType.INSTANCE, "InvalidInstanceID",
            ComponentType.NETWORK_INTERFACE, "InvalidNetworkInterfaceID",
            ComponentType.INTERNET_GATEWAY, "InvalidInternetGatewayID",
            ComponentType.VPC_ENDPOINT, "InvalidVpcEndpointId",
            ComponentType.VPC_PEERING_CONNECTION, "InvalidVpcPeeringConnectionID",
            ComponentType.TRANSIT_GATEWAY, "InvalidTransitGatewayID",
            ComponentType.TRANSIT_GATEWAY_ATTACHMENT, "InvalidTransitGatewayAttachmentID",
            ComponentType.VIRTUAL_PRIVATE_GATEWAY, "InvalidVpnGatewayID");

    private final NetworkSnapshots snapshots;
    private final ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer();

    public ReachabilityService(NetworkSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** A path as given: ids or ARNs, addresses, protocol name, port; null where not given. */
    public record PathInput(String source, String destination, String sourceIp, String destinationIp, String protocol,
                            Integer destinationPort, ReachabilityQuery.PathFilter filterAtSource,
                            ReachabilityQuery.PathFilter filterAtDestination) {
    }

    /** The path checked as AWS checks it, ids resolved from ARNs, or the AWS error of the first problem. */
    public ReachabilityQuery validate(Scope scope, PathInput input) {
        if (input.source() == null || input.source().isBlank()) {
            throw Ec2Errors.missing("Source");
        }
        if (input.protocol() == null) {
            throw Ec2Errors.missing("Protocol");
        }
        String protocol = input.protocol().toLowerCase(Locale.ROOT);
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            throw Ec2Errors.invalidValue("Protocol", input.protocol(), "Valid values are tcp and udp.");
        }
        if (input.destination() == null && input.destinationIp() == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter Destination or DestinationIp.");
        }
        if (input.destinationPort() != null && (input.destinationPort() < 0 || input.destinationPort() > 65535)) {
            throw Ec2Errors.invalidValue("DestinationPort", input.destinationPort().toString(), "Ports are 0 to 65535.");
        }
        address("SourceIp", input.sourceIp());
        address("DestinationIp", input.destinationIp());
        NetworkSnapshot network = snapshots.current(scope);
        String source = component(network, "Source", input.source());
        String destination = input.destination() == null ? null : component(network, "Destination", input.destination());
        return new ReachabilityQuery(source, destination, input.sourceIp(), input.destinationIp(), IpProtocol.parse(protocol),
                input.destinationPort(), input.filterAtSource(), input.filterAtDestination());
    }

    public ReachabilityResult analyze(Scope scope, ReachabilityQuery query) {
        return analyzer.analyze(snapshots.current(scope), query);
    }

    /** The most cells (sources × destinations × ports) one matrix call analyses. */
    static final int MAX_MATRIX_CELLS = 10_000;

    /**
     * Every source against every destination on every port (all ports when none is given), on one
     * snapshot. Pairs whose source is their destination are left out: a component talking to itself
     * never leaves it.
     */
    ReachabilityMatrix matrix(Scope scope, List<String> sources, List<String> destinations, String protocol, List<Integer> ports) {
        requireSome("sources", sources);
        requireSome("destinations", destinations);
        List<Integer> portsAsked = ports == null || ports.isEmpty() ? java.util.Collections.singletonList(null) : ports;
        long cells = (long) sources.size() * destinations.size() * portsAsked.size();
        if (cells > MAX_MATRIX_CELLS) {
            throw Ec2Errors.invalidValue("sources", Long.toString(cells), "A matrix has at most " + MAX_MATRIX_CELLS
                    + " cells (sources × destinations × ports).");
        }
        List<ReachabilityQuery> queries = new ArrayList<>();
        for (String source : sources) {
            for (String destination : destinations) {
                if (destination.equals(source)) {
                    continue;
                }
                for (Integer port : portsAsked) {
                    queries.add(validate(scope, new PathInput(source, destination, null, null, protocol, port, null, null)));
                }
            }
        }
        NetworkSnapshot network = snapshots.current(scope);
        List<ReachabilityMatrix.Cell> grid = new ArrayList<>();
        int reachable = 0;
        for (ReachabilityQuery query : queries) {
            ReachabilityResult result = analyzer.analyze(network, query);
            reachable += result.pathFound() ? 1 : 0;
            grid.add(new ReachabilityMatrix.Cell(query.source(), query.destination(), query.destinationPort(), result.pathFound(),
                    result.explanations().isEmpty() ? null : result.explanations().get(0).code(), result.summary()));
        }
        return new ReachabilityMatrix(reachable, grid.size() - reachable, grid);
    }

    private static void requireSome(String member, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain " + member + ".");
        }
    }

    private static void address(String parameter, String value) {
        if (value == null) {
            return;
        }
        try {
            if (!AddressRange.parse(value).isSingle() || value.contains("/")) {
                throw Ec2Errors.invalidValue(parameter, value, "It must be one IPv4 address.");
            }
        } catch (IllegalArgumentException e) {
            throw Ec2Errors.invalidValue(parameter, value, "It must be one IPv4 address.");
        }
    }

    /** The id of a source or destination given by id or ARN ({@code arn:aws:ec2:us-east-1:123456789012:instance/i-…}). */
    private static String component(NetworkSnapshot network, String parameter, String given) {
        String id = given.startsWith("arn:") && given.contains("/") ? given.substring(given.lastIndexOf('/') + 1) : given;
        ComponentType type = ComponentType.ofId(id);
        String notFound = type == null ? null : ENDPOINT_KINDS.get(type);
        if (notFound == null) {
            throw Ec2Errors.invalidValue(parameter, given, "A path's " + parameter.toLowerCase(Locale.ROOT) + " is an instance, network interface, "
                    + "internet gateway, transit gateway or attachment, virtual private gateway, VPC endpoint or VPC peering connection.");
        }
        if (!ReachabilityAnalyzer.holds(network, id)) {
            throw Ec2Errors.notFound(notFound, type.arnResourceType().replace('-', ' '), id);
        }
        return id;
    }
}
