package dev.netsim.route53.trafficpolicy;

import java.util.Set;

import dev.netsim.common.AwsException;
import dev.netsim.route53.record.ChangeShapeTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks Route 53 makes of a traffic policy document (format 2015-10-01): JSON, a record type,
 * exactly one of StartRule and StartEndpoint naming a rule or endpoint the document defines,
 * endpoints with a type and a value, rules with a known rule type.
 */
final class TrafficPolicyDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> RULE_TYPES = Set.of("failover", "geo", "latency", "geoproximity", "multivalue", "weighted");
    private static final Set<String> ENDPOINT_TYPES = Set.of("value", "cloudfront", "elastic-load-balancer", "application-load-balancer",
            "network-load-balancer", "elastic-beanstalk", "s3-website");

    private TrafficPolicyDocuments() {
    }

    /** @return the document's record type */
    static String check(String document) {
        if (document == null || document.length() > 102400) {
            throw invalid("the document is required and at most 100 KB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException e) {
            throw invalid("the document is not JSON");
        }
        if (root == null || !root.isObject() || !"2015-10-01".equals(root.path("AWSPolicyFormatVersion").asString(null))) {
            throw invalid("AWSPolicyFormatVersion must be 2015-10-01");
        }
        String type = root.path("RecordType").asString(null);
        if (type == null || !ChangeShapeTypes.isType(type)) {
            throw invalid("RecordType must be a Route 53 record type");
        }
        JsonNode endpoints = root.path("Endpoints");
        JsonNode rules = root.path("Rules");
        boolean startRule = root.has("StartRule");
        if (startRule == root.has("StartEndpoint")) {
            throw invalid("give exactly one of StartRule and StartEndpoint");
        }
        String start = root.path(startRule ? "StartRule" : "StartEndpoint").asString("");
        if (!(startRule ? rules : endpoints).has(start)) {
            throw invalid((startRule ? "StartRule " : "StartEndpoint ") + start + " is not defined in " + (startRule ? "Rules" : "Endpoints"));
        }
        for (var endpoint : endpoints.properties()) {
            if (!ENDPOINT_TYPES.contains(endpoint.getValue().path("Type").asString("")) || !endpoint.getValue().has("Value")) {
                throw invalid("endpoint " + endpoint.getKey() + " needs a Type of " + ENDPOINT_TYPES + " and a Value");
            }
        }
        for (var rule : rules.properties()) {
            if (!RULE_TYPES.contains(rule.getValue().path("RuleType").asString(""))) {
                throw invalid("rule " + rule.getKey() + " needs a RuleType of " + RULE_TYPES);
            }
        }
        return type;
    }

    private static AwsException invalid(String why) {
        return new AwsException("InvalidTrafficPolicyDocument", "Invalid traffic policy document: " + why + ".");
    }
}
