package dev.netsim.protocol.restxml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import dev.netsim.protocol.WireService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP route of every operation of the restXml services, as their models declare it
 * ({@code aws/rest-routes.json}, written by {@code scripts/rest-routes.py} from botocore): method,
 * path template and the query parameters that tell operations on one path apart
 * ({@code POST /2020-05-31/distribution?WithTags}), and the success status.
 */
@Component
public class RestXmlRouteTable {

    private record RouteSpec(String operation, String method, String uri, int status) {
    }

    /** One operation's route, matched most specific first: literal segments before variables, query conditions first. */
    private record Route(String operation, String method, PathPattern path, Map<String, String> query, int status) {

        Optional<Match> match(String method, PathContainer requestPath, Function<String, String> queryParameter) {
            if (!this.method.equals(method) || !queryMatches(queryParameter)) {
                return Optional.empty();
            }
            PathPattern.PathMatchInfo info = path.matchAndExtract(requestPath);
            return info == null ? Optional.empty() : Optional.of(new Match(operation, info.getUriVariables(), status));
        }

        private boolean queryMatches(Function<String, String> queryParameter) {
            return query.entrySet().stream().allMatch(condition -> {
                String value = queryParameter.apply(condition.getKey());
                return value != null && (condition.getValue().isEmpty() || condition.getValue().equals(value));
            });
        }
    }

    /** The operation a request names, its path variables and the status it answers with. */
    public record Match(String operation, Map<String, String> pathVariables, int successStatus) {
    }

    private final Map<WireService, List<Route>> routes = new LinkedHashMap<>();

    public RestXmlRouteTable() {
        Map<String, List<RouteSpec>> specs;
        try (InputStream in = RestXmlRouteTable.class.getResourceAsStream("/aws/rest-routes.json")) {
            specs = JsonMapper.builder().build().readValue(in, new TypeReference<Map<String, List<RouteSpec>>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("aws/rest-routes.json is unreadable", e);
        }
        PathPatternParser parser = new PathPatternParser();
        specs.forEach((signingName, list) -> WireService.forSigningName(signingName).ifPresent(service -> {
            List<Route> compiled = new ArrayList<>();
            for (RouteSpec spec : list) {
                compiled.add(compile(parser, spec));
            }
            compiled.sort(Comparator.comparing((Route r) -> r.query().isEmpty())
                    .thenComparing(Route::path, PathPattern.SPECIFICITY_COMPARATOR));
            routes.put(service, List.copyOf(compiled));
        }));
    }

    private static Route compile(PathPatternParser parser, RouteSpec spec) {
        String uri = spec.uri();
        Map<String, String> query = new LinkedHashMap<>();
        int q = uri.indexOf('?');
        if (q >= 0) {
            for (String condition : uri.substring(q + 1).split("&")) {
                int eq = condition.indexOf('=');
                query.put(eq < 0 ? condition : condition.substring(0, eq), eq < 0 ? "" : condition.substring(eq + 1));
            }
            uri = uri.substring(0, q);
        }
        return new Route(spec.operation(), spec.method(), parser.parse(withoutTrailingSlash(uri)), Map.copyOf(query), spec.status());
    }

    /** The operation of this request, if the service's model has one for its method and path. */
    public Optional<Match> find(WireService service, String method, String path, Function<String, String> queryParameter) {
        PathContainer requestPath = PathContainer.parsePath(withoutTrailingSlash(path));
        for (Route route : routes.getOrDefault(service, List.of())) {
            Optional<Match> match = route.match(method, requestPath, queryParameter);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** The trailing slash some models write (ChangeResourceRecordSets' {@code /rrset/}) is optional on the wire. */
    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Every operation of the service's model. */
    public List<String> operations(WireService service) {
        return routes.getOrDefault(service, List.of()).stream().map(Route::operation).sorted().toList();
    }
}
