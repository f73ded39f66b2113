package dev.netsim.route53.trafficpolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.xbill.DNS.Name;

import dev.netsim.common.AwsException;
import dev.netsim.route53.record.ChangeShapeTypes;
import dev.netsim.simulation.dns.AliasEndpoint;
import dev.netsim.simulation.dns.AwsRegionLocations;
import dev.netsim.simulation.dns.RecordData;
import dev.netsim.simulation.dns.RecordSet;
import dev.netsim.simulation.dns.RoutingPolicy;
import dev.netsim.simulation.dns.TrafficPolicyTree;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Traffic policy documents (formats 2015-10-01 and 2023-05-09), checked as Route 53 checks them and
 * read into the rule tree the answer engine walks: a record type; exactly one of StartRule and
 * StartEndpoint; endpoints with a type and a value (a {@code value} endpoint's value valid for the
 * record type); rules of a known type whose branches each reference one defined endpoint or rule,
 * with no rule reached from itself; the routing member each rule type needs (weights 0–255, regions,
 * failover's Primary and Secondary, geolocation's continent, country or default, geoproximity's
 * region or coordinates with a bias of −99..99, multivalue items that reference endpoints).
 */
final class TrafficPolicyDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FORMATS = Set.of("2015-10-01", "2023-05-09");
    private static final Set<String> ENDPOINT_TYPES = Set.of("value", "cloudfront", "elastic-load-balancer", "application-load-balancer",
            "network-load-balancer", "elastic-beanstalk", "s3-website");
    private static final String REGION_PREFIX = "aws:route53:";

    private TrafficPolicyDocuments() {
    }

    /** @return the document's record type, once the whole document is found valid */
    static String check(String document) {
        return new Reader(document, Name.root, 0, (type, name) -> null).recordType;
    }

    /**
     * The rule tree of an instance at {@code name} with {@code ttl}, of a document {@link #check}
     * accepted; {@code endpoints} finds the resource an endpoint names, (endpoint type, DNS name) →
     * its alias key, or null when there is none here.
     */
    static TrafficPolicyTree tree(String instanceId, String policyId, int version, String document, String name, long ttl,
                                  BiFunction<String, String, AliasEndpoint.Key> endpoints) {
        Reader reader = new Reader(document, RecordData.name(name), ttl, endpoints);
        return new TrafficPolicyTree(instanceId, policyId, version, reader.start);
    }

    private static AwsException invalid(String why) {
        return new AwsException("InvalidTrafficPolicyDocument", "Invalid traffic policy document: " + why + ".");
    }

    /** One reading of a document: nodes are read once each, however many branches reference them. */
    private static final class Reader {

        final Name owner;
        final long ttl;
        final BiFunction<String, String, AliasEndpoint.Key> resolver;
        final JsonNode endpoints;
        final JsonNode rules;
        final String recordType;
        final Map<String, TrafficPolicyTree.Node> read = new HashMap<>();
        final Set<String> reading = new HashSet<>();
        final TrafficPolicyTree.Node start;

        Reader(String document, Name owner, long ttl, BiFunction<String, String, AliasEndpoint.Key> resolver) {
            this.owner = owner;
            this.ttl = ttl;
            this.resolver = resolver;
            JsonNode root = parse(document);
            this.recordType = root.path("RecordType").asString(null);
            if (recordType == null || !ChangeShapeTypes.isType(recordType)) {
                throw invalid("RecordType must be a Route 53 record type");
            }
            this.endpoints = object(root, "Endpoints");
            this.rules = object(root, "Rules");
            boolean startRule = root.has("StartRule");
            if (startRule == root.has("StartEndpoint")) {
                throw invalid("give exactly one of StartRule and StartEndpoint");
            }
            String startId = root.path(startRule ? "StartRule" : "StartEndpoint").asString("");
            if (!(startRule ? rules : endpoints).has(startId)) {
                throw invalid((startRule ? "StartRule " : "StartEndpoint ") + startId + " is not defined in " + (startRule ? "Rules" : "Endpoints"));
            }
            this.start = startRule ? rule(startId) : endpoint(startId);
            // every definition is checked, also those no path from the start reaches
            endpoints.properties().forEach(e -> endpoint(e.getKey()));
            rules.properties().forEach(r -> rule(r.getKey()));
        }

        private static JsonNode parse(String document) {
            if (document == null || document.length() > 102400) {
                throw invalid("the document is required and at most 100 KB");
            }
            JsonNode root;
            try {
                root = JSON.readTree(document);
            } catch (JacksonException e) {
                throw invalid("the document is not JSON");
            }
            if (root == null || !root.isObject() || !FORMATS.contains(root.path("AWSPolicyFormatVersion").asString(""))) {
                throw invalid("AWSPolicyFormatVersion must be one of " + FORMATS);
            }
            return root;
        }

        private static JsonNode object(JsonNode root, String member) {
            JsonNode node = root.path(member);
            if (!node.isMissingNode() && !node.isObject()) {
                throw invalid(member + " must be an object");
            }
            return node.isMissingNode() ? JSON.createObjectNode() : node;
        }

        private TrafficPolicyTree.Node endpoint(String id) {
            TrafficPolicyTree.Node known = read.get("endpoint:" + id);
            if (known != null) {
                return known;
            }
            JsonNode e = endpoints.path(id);
            String type = e.path("Type").asString("");
            String value = e.path("Value").asString(null);
            if (!ENDPOINT_TYPES.contains(type) || value == null || value.isEmpty()) {
                throw invalid("endpoint " + id + " needs a Type of " + ENDPOINT_TYPES + " and a Value");
            }
            TrafficPolicyTree.Endpoint endpoint;
            if (type.equals("value")) {
                try {
                    endpoint = new TrafficPolicyTree.Endpoint(id, type, value, RecordData.record(owner, RecordData.typeCode(recordType), ttl, value),
                            null);
                } catch (RecordData.InvalidValueException ex) {
                    throw invalid("the value " + value + " of endpoint " + id + " is not a valid " + recordType + " value (" + ex.getMessage() + ")");
                }
            } else {
                if (!recordType.equals("A") && !recordType.equals("AAAA")) {
                    throw invalid("endpoint " + id + " of type " + type + " needs a RecordType of A or AAAA");
                }
                String dnsName = value.toLowerCase(Locale.ROOT).endsWith(".") ? value.toLowerCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT) + ".";
                endpoint = new TrafficPolicyTree.Endpoint(id, type, value, null, resolver.apply(type, dnsName));
            }
            read.put("endpoint:" + id, endpoint);
            return endpoint;
        }

        private TrafficPolicyTree.Node rule(String id) {
            TrafficPolicyTree.Node known = read.get("rule:" + id);
            if (known != null) {
                return known;
            }
            if (!reading.add(id)) {
                throw invalid("rule " + id + " is reached from itself");
            }
            JsonNode r = rules.path(id);
            String ruleType = r.path("RuleType").asString("");
            List<TrafficPolicyTree.Branch> branches = new ArrayList<>();
            RoutingPolicy policy = switch (ruleType) {
                case "failover" -> {
                    branches.add(branch(id, required(r, id, "Primary"), b -> b.failover("PRIMARY")));
                    branches.add(branch(id, required(r, id, "Secondary"), b -> b.failover("SECONDARY")));
                    yield RoutingPolicy.FAILOVER;
                }
                case "weighted" -> {
                    items(r, id, "Items").forEach(item -> branches.add(branch(id, item, b -> b.weight(number(item, "Weight", id, 0, 255)))));
                    yield RoutingPolicy.WEIGHTED;
                }
                case "latency" -> {
                    items(r, id, "Regions").forEach(item -> branches.add(branch(id, item, b -> b.region(region(item, id)))));
                    yield RoutingPolicy.LATENCY;
                }
                case "geo" -> {
                    items(r, id, "Locations").forEach(item -> branches.add(branch(id, item, b -> b.geoLocation(geoLocation(item, id)))));
                    yield RoutingPolicy.GEOLOCATION;
                }
                case "geoproximity" -> {
                    items(r, id, "GeoproximityLocations").forEach(item -> branches.add(branch(id, item, b -> b.geoProximity(geoProximity(item, id)))));
                    yield RoutingPolicy.GEOPROXIMITY;
                }
                case "multivalue" -> {
                    for (JsonNode item : items(r, id, "Items")) {
                        if (item.has("RuleReference")) {
                            throw invalid("the items of multivalue rule " + id + " reference endpoints, not rules");
                        }
                        branches.add(branch(id, item, b -> b.multiValue()));
                    }
                    yield RoutingPolicy.MULTIVALUE;
                }
                default -> throw invalid("rule " + id + " needs a RuleType of failover, geo, geoproximity, latency, multivalue or weighted");
            };
            reading.remove(id);
            TrafficPolicyTree.Rule rule = new TrafficPolicyTree.Rule(id, policy, branches);
            read.put("rule:" + id, rule);
            return rule;
        }

        private static JsonNode required(JsonNode rule, String id, String member) {
            JsonNode node = rule.path(member);
            if (!node.isObject()) {
                throw invalid("rule " + id + " needs " + member);
            }
            return node;
        }

        private static List<JsonNode> items(JsonNode rule, String id, String member) {
            JsonNode node = rule.path(member);
            if (!node.isArray() || node.isEmpty()) {
                throw invalid("rule " + id + " needs a non-empty " + member + " list");
            }
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            return items;
        }

        /** A branch: its reference (exactly one of EndpointReference and RuleReference), health check and EvaluateTargetHealth (true unless set false). */
        private TrafficPolicyTree.Branch branch(String ruleId, JsonNode item, java.util.function.Consumer<Choice> member) {
            boolean toEndpoint = item.has("EndpointReference");
            if (toEndpoint == item.has("RuleReference")) {
                throw invalid("each choice of rule " + ruleId + " needs exactly one of EndpointReference and RuleReference");
            }
            String reference = item.path(toEndpoint ? "EndpointReference" : "RuleReference").asString("");
            if (!(toEndpoint ? endpoints : rules).has(reference)) {
                throw invalid("rule " + ruleId + " references " + (toEndpoint ? "endpoint " : "rule ") + reference + ", which is not defined");
            }
            TrafficPolicyTree.Node target = toEndpoint ? endpoint(reference) : rule(reference);
            Choice choice = new Choice(owner.toString(), recordType, reference, textOrNull(item, "HealthCheck"));
            member.accept(choice);
            return new TrafficPolicyTree.Branch(choice.build(), target, bool(item, "EvaluateTargetHealth", ruleId));
        }

        private static String region(JsonNode item, String id) {
            String region = text(item, "Region", id);
            if (!AwsRegionLocations.isRegion(region)) {
                throw invalid("latency rule " + id + " names " + region + ", which is no AWS Region");
            }
            return region;
        }

        private static RecordSet.GeoLocation geoLocation(JsonNode item, String id) {
            boolean isDefault = item.has("IsDefault") && bool(item, "IsDefault", id);
            String continent = textOrNull(item, "Continent");
            String country = textOrNull(item, "Country");
            String subdivision = textOrNull(item, "Subdivision");
            int given = (isDefault ? 1 : 0) + (continent != null ? 1 : 0) + (country != null ? 1 : 0);
            if (given != 1 || (subdivision != null && country == null)) {
                throw invalid("each location of geo rule " + id + " needs exactly one of IsDefault, Continent and Country (Subdivision only with Country)");
            }
            return isDefault ? new RecordSet.GeoLocation(null, "*", null) : new RecordSet.GeoLocation(continent, country, subdivision);
        }

        private static RecordSet.GeoProximity geoProximity(JsonNode item, String id) {
            String region = textOrNull(item, "Region");
            String latitude = textOrNull(item, "Latitude");
            String longitude = textOrNull(item, "Longitude");
            Integer bias = item.has("Bias") ? (int) number(item, "Bias", id, -99, 99) : null;
            if ((region != null) == (latitude != null || longitude != null) || (region == null && (latitude == null || longitude == null))) {
                throw invalid("each location of geoproximity rule " + id + " needs a Region (aws:route53:region) or both Latitude and Longitude");
            }
            if (region == null) {
                coordinate(latitude, 90, id);
                coordinate(longitude, 180, id);
                return new RecordSet.GeoProximity(null, null, latitude, longitude, bias);
            }
            if (!region.startsWith(REGION_PREFIX)) {
                throw invalid("the Region of geoproximity rule " + id + " is written aws:route53:region, not " + region);
            }
            String place = region.substring(REGION_PREFIX.length());
            // a Region has three parts (us-west-2), a Local Zone group more (us-west-2-lax-1)
            return place.split("-").length > 3 ? new RecordSet.GeoProximity(null, place, null, null, bias)
                    : new RecordSet.GeoProximity(place, null, null, null, bias);
        }

        private static void coordinate(String value, int limit, String id) {
            try {
                double degrees = Double.parseDouble(value);
                if (Math.abs(degrees) <= limit) {
                    return;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid("the coordinate " + value + " of geoproximity rule " + id + " is not a number between -" + limit + " and " + limit);
        }

        private static String text(JsonNode item, String member, String id) {
            String value = textOrNull(item, member);
            if (value == null) {
                throw invalid("each choice of rule " + id + " needs " + member);
            }
            return value;
        }

        private static String textOrNull(JsonNode item, String member) {
            JsonNode node = item.path(member);
            return node.isValueNode() && !node.isNull() && !node.asString("").isEmpty() ? node.asString() : null;
        }

        /** Documents write numbers as numbers or as strings ("Weight": "10"). */
        private static long number(JsonNode item, String member, String id, long min, long max) {
            String text = text(item, member, id);
            try {
                long value = Long.parseLong(text.trim());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid(member + " of rule " + id + " must be a whole number from " + min + " to " + max + ", not " + text);
        }

        /** Documents write booleans as booleans or as strings ("true"); absent is true, Route 53's default for EvaluateTargetHealth. */
        private static boolean bool(JsonNode item, String member, String id) {
            JsonNode node = item.path(member);
            if (node.isMissingNode()) {
                return true;
            }
            String text = node.asString("").toLowerCase(Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
                throw invalid(member + " of rule " + id + " must be true or false");
            }
            return text.equals("true");
        }
    }

    /** The record set a branch stands for, so that the branch is chosen as record sets of its policy are. */
    private static final class Choice {

        private final String name;
        private final String type;
        private final String identifier;
        private final String healthCheckId;
        private Long weight;
        private String region;
        private String failover;
        private RecordSet.GeoLocation geoLocation;
        private RecordSet.GeoProximity geoProximity;
        private Boolean multiValue;

        Choice(String name, String type, String identifier, String healthCheckId) {
            this.name = name;
            this.type = type;
            this.identifier = identifier;
            this.healthCheckId = healthCheckId;
        }

        void weight(long w) { weight = w; }
        void region(String r) { region = r; }
        void failover(String role) { failover = role; }
        void geoLocation(RecordSet.GeoLocation g) { geoLocation = g; }
        void geoProximity(RecordSet.GeoProximity g) { geoProximity = g; }
        void multiValue() { multiValue = true; }

        RecordSet build() {
            return new RecordSet(name, type, identifier, null, List.of(), null, weight, region, failover, geoLocation, geoProximity, multiValue, null,
                    healthCheckId, null);
        }
    }
}
