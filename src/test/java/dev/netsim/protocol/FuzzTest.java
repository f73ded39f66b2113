package dev.netsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;

/**
 * Thousands of seeded random requests through every door — real actions with random members and
 * hostile values (Route 53's and CloudFront's as their models shape them), unknown actions, broken
 * encodings and documents — none of which may get a 5xx
 * or take longer than two seconds. {@code -Dnetsim.fuzz.seed=N} replays another sequence.
 */
class FuzzTest extends NetsimIntegrationTest {

    private static final int REQUESTS = 4500;
    private static final Duration SLOWEST = Duration.ofSeconds(2);

    private static final List<String> VALUES = List.of("", "0", "-1", "1", "5", "1000", "2147483648", "99999999999999999999", "1.5",
            "true", "false", "maybe", "10.0.0.0/16", "10.0.1.0/24", "10.0.0.0/33", "0.0.0.0/0", "::/0", "10.0.0.5", "300.1.1.1",
            "vpc-12345678", "vpc-0123456789abcdef0", "subnet-zz", "i-0123456789abcdef0", "sg-0123456789abcdef0", "ami-0abcdef1234567890",
            "us-east-1a", "tcp", "-1", "icmp", "allow", "deny", "ingress", "a".repeat(300), "b".repeat(5000), "\u0000", "\u0001x", "\uFFFF",
            "é☃", "\uD800", "*a*a*a*a*a*a*b", "?", "\\*", "1970-01-01T00:00:00Z", "not-a-date", "%", "&", "=", "<x/>", "]]>",
            "${jndi:ldap://x}", "' or 1=1 --", "arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/t/0123456789abcdef",
            "Z0123456789ABCDEFGHIJ", "/hostedzone/Z0123456789ABCDEFGHIJ", "example.com.", "A", "CNAME", "UPSERT");

    private static final List<String> REST_PATHS = List.of("/2013-04-01/hostedzone", "/2013-04-01/hostedzone/Z0123456789ABCDEFGHIJ",
            "/2013-04-01/hostedzone/Z0123456789ABCDEFGHIJ/rrset", "/2013-04-01/hostedzonecount", "/2013-04-01/change/C0123456789",
            "/2013-04-01/healthcheck", "/2013-04-01/nothing", "/2020-05-31/distribution", "/2020-05-31/distribution/E0123456789ABC",
            "/2020-05-31/distribution/E0123456789ABC/config", "/2020-05-31/cache-policy", "/2020-05-31/nothing");

    private static final List<String> DOCUMENTS = List.of("", "<", "not xml", "<CreateHostedZoneRequest/>",
            "<CreateHostedZoneRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><Name>%s</Name><CallerReference>%s</CallerReference></CreateHostedZoneRequest>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>",
            "<DistributionConfig><CallerReference>%s</CallerReference><Comment>%s</Comment><Enabled>%s</Enabled></DistributionConfig>",
            "<ChangeResourceRecordSetsRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><ChangeBatch><Changes><Change><Action>%s</Action>"
                    + "<ResourceRecordSet><Name>%s</Name><Type>%s</Type><TTL>%s</TTL></ResourceRecordSet></Change></Changes></ChangeBatch></ChangeResourceRecordSetsRequest>");

    /** A request and the body it carries, to name a failing one in full. */
    private record Sent(HttpRequest request, String body) {
    }

    @Autowired
    private ActionRegistry registry;

    private Random random;

    private String value() {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Flattened query parameters for a few of the request's members, named as {@code dialect} names them. */
    private void members(SdkPojo builder, String prefix, boolean awsQuery, int depth, List<String> out) {
        List<SdkField<?>> fields = builder.sdkFields();
        int count = fields.isEmpty() ? 0 : 1 + random.nextInt(Math.min(4, fields.size()));
        for (int i = 0; i < count; i++) {
            SdkField<?> field = fields.get(random.nextInt(fields.size()));
            String name = prefix + field.locationName();
            MarshallingKnownType type = field.marshallingType().getKnownType();
            if (type == MarshallingKnownType.LIST) {
                SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
                String item = name + (awsQuery ? ".member." : ".") + (1 + random.nextInt(3));
                if (member.marshallingType().getKnownType() == MarshallingKnownType.SDK_POJO && depth < 3) {
                    members((SdkPojo) member.constructor().get(), item + ".", awsQuery, depth + 1, out);
                } else {
                    out.add(encode(item) + "=" + encode(value()));
                }
            } else if (type == MarshallingKnownType.SDK_POJO && depth < 3) {
                members((SdkPojo) field.constructor().get(), name + ".", awsQuery, depth + 1, out);
            } else {
                out.add(encode(name) + "=" + encode(value()));
            }
        }
    }

    private Sent queryRequest(WireService service) {
        List<String> actions = registry.actions(service);
        String action = random.nextInt(10) == 0 ? value() : actions.get(random.nextInt(actions.size()));
        List<String> params = new ArrayList<>();
        params.add("Action=" + encode(action));
        params.add("Version=" + (service == WireService.EC2 ? "2016-11-15" : "2015-12-01"));
        registry.find(service, action).ifPresent(h -> members(h.newRequestBuilder(), "", service == WireService.ELBV2, 0, params));
        String body = String.join("&", params);
        switch (random.nextInt(12)) {
            case 0 -> body += "&Broken=%ZZ";
            case 1 -> body += "&Broken=%C3%28";
            case 2 -> body = body.replace("=", "");
            default -> { }
        }
        return new Sent(HttpRequest.newBuilder(endpoint().resolve("/")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), body);
    }

    private Sent restXmlRequest() {
        String path = REST_PATHS.get(random.nextInt(REST_PATHS.size()));
        String query = random.nextBoolean() ? "" : "?maxitems=" + encode(value()) + "&name=" + encode(value()) + "&marker=" + encode(value());
        String template = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
        String document = String.format(template, value(), value(), value(), value());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint() + path + query)).header("Content-Type", "application/xml");
        if (random.nextBoolean()) {
            request.header("If-Match", value().replaceAll("[^A-Za-z0-9]", ""));
        }
        return switch (random.nextInt(4)) {
            case 0 -> new Sent(request.GET().build(), "");
            case 1 -> new Sent(request.DELETE().build(), "");
            case 2 -> new Sent(request.PUT(HttpRequest.BodyPublishers.ofString(document)).build(), document);
            default -> new Sent(request.POST(HttpRequest.BodyPublishers.ofString(document)).build(), document);
        };
    }

    /** One route of a restXml operation as the model gives it. */
    private record Route(String operation, String method, String uri) {
    }

    private List<Route> restRoutes(WireService service) throws Exception {
        try (var in = FuzzTest.class.getResourceAsStream("/aws/rest-routes.json")) {
            var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
            List<Route> routes = new ArrayList<>();
            tree.path(service.signingName()).forEach(r -> routes.add(new Route(r.path("operation").asString(), r.path("method").asString(),
                    r.path("uri").asString())));
            return routes;
        }
    }

    /**
     * A request to one of Route 53's or CloudFront's operations, shaped by its model: the route's
     * method and path with random path members, random query and header members, and a body of the
     * operation's document filled with random values of the members' types.
     */
    private Sent restXmlModelRequest(List<Route> routes, WireService service) {
        Route route = routes.get(random.nextInt(routes.size()));
        java.util.Optional<ActionRegistry.Handler> handler = registry.find(service, route.operation());
        String member = random.nextBoolean() ? "E0123456789ABC" : encode(value());
        String uri = route.uri().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(member.isEmpty() ? "x" : member));
        String document = "";
        List<String> query = new ArrayList<>();
        HttpRequest.Builder request = HttpRequest.newBuilder();
        if (handler.isPresent()) {
            SdkPojo builder = handler.get().newRequestBuilder();
            fill(builder, 0);
            SdkPojo built = SdkShapes.build(builder);
            for (SdkField<?> field : built.sdkFields()) {
                Object v = field.getValueOrDefault(built);
                if (v == null || v instanceof SdkPojo || v instanceof List<?>) {
                    continue;
                }
                if (field.location() == software.amazon.awssdk.core.protocol.MarshallLocation.QUERY_PARAM) {
                    query.add(encode(field.locationName()) + "=" + encode(String.valueOf(v)));
                } else if (field.location() == software.amazon.awssdk.core.protocol.MarshallLocation.HEADER && !String.valueOf(v).isEmpty()
                        && String.valueOf(v).chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                    request.header(field.locationName(), String.valueOf(v));
                }
            }
            document = document(route.operation(), built);
        }
        String separator = uri.contains("?") ? "&" : "?";
        request.uri(URI.create(endpoint() + uri + (query.isEmpty() ? "" : separator + String.join("&", query))))
                .header("Content-Type", "application/xml");
        HttpRequest.BodyPublisher body = document.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(document);
        return new Sent(request.method(route.method(), body).build(), document);
    }

    /** The request's body as the SDK would write it: its payload member's document, or the members under {@code <{Op}Request>}. */
    private static String document(String operation, SdkPojo request) {
        SdkField<?> payload = request.sdkFields().stream().filter(f -> f.containsTrait(software.amazon.awssdk.core.traits.PayloadTrait.class))
                .findFirst().orElse(null);
        Object value = payload == null ? null : payload.getValueOrDefault(request);
        if (payload != null && !(value instanceof SdkPojo)) {
            return "";
        }
        SdkPojo body = payload == null ? request : (SdkPojo) value;
        String root = payload == null ? operation + "Request" : payload.locationName();
        return dev.netsim.protocol.xml.SafeXml.write(w -> {
            w.writeStartElement(root);
            new dev.netsim.protocol.xml.ShapeXmlWriter(w, WireDialect.REST_XML).writeMembers(body);
            w.writeEndElement();
        });
    }

    /** Random values, of each member's type, in about two thirds of a shape's members. */
    private void fill(SdkPojo builder, int depth) {
        for (SdkField<?> field : builder.sdkFields()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            Object v = randomValue(field, depth);
            if (v != null) {
                try {
                    field.set(builder, v);
                } catch (RuntimeException e) {
                    // a value of the wrong kind for this member: leave it out
                }
            }
        }
    }

    private Object randomValue(SdkField<?> field, int depth) {
        return switch (field.marshallingType().getKnownType()) {
            case STRING -> value();
            case INTEGER -> List.of(0, 1, 2, 3, 21, -1, 100_000, 5).get(random.nextInt(8));
            case LONG -> List.of(0L, 1L, 60L, 86_400L, -5L, 31_536_001L).get(random.nextInt(6));
            case BOOLEAN -> random.nextBoolean();
            case INSTANT -> java.time.Instant.now();
            case SDK_BYTES -> software.amazon.awssdk.core.SdkBytes.fromUtf8String(value());
            case SDK_POJO -> {
                if (depth >= 4) {
                    yield null;
                }
                SdkPojo nested = field.constructor().get();
                fill(nested, depth + 1);
                yield SdkShapes.build(nested);
            }
            case LIST -> {
                SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
                List<Object> items = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    Object item = randomValue(member, depth + 1);
                    if (item != null) {
                        items.add(item);
                    }
                }
                yield items;
            }
            default -> null;
        };
    }

    private Sent jsonRequest() {
        List<String> actions = registry.actions(WireService.EC2);
        if (random.nextInt(4) == 0) {
            return new Sent(HttpRequest.newBuilder(URI.create(endpoint() + "/api/ec2/vpcs?filter=" + encode(value() + "=" + value())
                    + "&maxResults=" + encode(value()))).build(), "");
        }
        String action = actions.get(random.nextInt(actions.size()));
        List<String> members = new ArrayList<>();
        for (SdkField<?> field : registry.find(WireService.EC2, action).orElseThrow().newRequestBuilder().sdkFields()) {
            if (random.nextInt(3) == 0) {
                String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value());
                members.add("\"" + field.memberName() + "\": " + (random.nextBoolean() ? json : "[" + json + "]"));
            }
        }
        String body = random.nextInt(10) == 0 ? "{not json" : "{" + String.join(", ", members) + "}";
        return new Sent(HttpRequest.newBuilder(endpoint().resolve("/api/ec2/actions/" + action)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), body);
    }

    @Test
    void noRandomRequestGetsAServerErrorOrTakesSeconds() throws Exception {
        long seed = Long.getLong("netsim.fuzz.seed", 20261201L);
        random = new Random(seed);
        List<Route> cloudFront = restRoutes(WireService.CLOUDFRONT);
        List<Route> route53 = restRoutes(WireService.ROUTE53);
        List<String> failures = new ArrayList<>();
        int restAccepted = 0;
        for (int i = 0; i < REQUESTS && failures.size() < 5; i++) {
            Sent sent = switch (random.nextInt(6)) {
                case 0 -> queryRequest(WireService.ELBV2);
                case 1 -> restXmlRequest();
                case 2 -> jsonRequest();
                case 3 -> restXmlModelRequest(cloudFront, WireService.CLOUDFRONT);
                case 4 -> restXmlModelRequest(route53, WireService.ROUTE53);
                default -> queryRequest(WireService.EC2);
            };
            HttpRequest request = sent.request();
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (response.statusCode() < 300 && (request.uri().getPath().startsWith("/2020-05-31/") || request.uri().getPath().startsWith("/2013-04-01/"))) {
                restAccepted++;
            }
            if (response.statusCode() >= 500 || took.compareTo(SLOWEST) > 0) {
                String body = sent.body().substring(0, Math.min(500, sent.body().length()));
                failures.add("#" + i + " " + request.method() + " " + request.uri() + " [" + body + "] -> " + response.statusCode()
                        + " in " + took.toMillis() + " ms: " + response.body().substring(0, Math.min(300, response.body().length())));
            }
        }
        assertThat(failures).as("seed " + seed).isEmpty();
        // the model-shaped documents get past the checks often enough to reach the services' own code
        assertThat(restAccepted).as("restXml requests answered 2xx").isGreaterThan(50);
    }
}
