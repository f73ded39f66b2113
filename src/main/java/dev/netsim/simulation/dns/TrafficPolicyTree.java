package dev.netsim.simulation.dns;

import java.util.List;

import org.xbill.DNS.Record;

/**
 * A traffic policy applied at one name (a traffic policy instance, the console's "policy record"):
 * the tree of rules and endpoints Route 53 answers that name from. A rule chooses among its
 * branches by its routing policy, with each branch's health check and target health; a branch
 * leads to another rule or to an endpoint, which answers a value or what an AWS resource's DNS
 * name answers.
 */
public record TrafficPolicyTree(String instanceId, String policyId, int policyVersion, Node start) {

    /** A rule or an endpoint of the document. */
    public sealed interface Node permits Endpoint, Rule {

        /** The id the document gives it. */
        String id();
    }

    /**
     * An endpoint: a {@code value} endpoint answers its record; the others answer like an alias to
     * the resource with that DNS name ({@code alias} null when no resource here has it).
     */
    public record Endpoint(String id, String type, String value, Record record, AliasEndpoint.Key alias) implements Node {

        public boolean isValue() {
            return record != null;
        }
    }

    /** A rule of one routing policy over its branches. */
    public record Rule(String id, RoutingPolicy policy, List<Branch> branches) implements Node {

        public Rule {
            branches = List.copyOf(branches);
        }
    }

    /**
     * One choice of a rule: {@code choice} carries the branch's routing member (weight, region,
     * failover role, location, coordinates), its health check and a name for messages, so that each
     * rule chooses exactly as record sets of that policy do.
     */
    public record Branch(RecordSet choice, Node target, boolean evaluateTargetHealth) {
    }
}
