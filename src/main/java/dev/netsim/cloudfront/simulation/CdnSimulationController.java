package dev.netsim.cloudfront.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.api.ApiScope;
import dev.netsim.common.api.JsonApi;
import dev.netsim.route53.answer.DnsLocations;
import dev.netsim.simulation.cdn.CdnDecision;
import dev.netsim.simulation.cdn.OriginObject;
import dev.netsim.simulation.cdn.ViewerRequest;
import dev.netsim.simulation.dns.GeoPoint;
import dev.netsim.simulation.dns.IpPrefix;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@JsonApi
@RestController
@RequestMapping(path = "/api/simulate/cdn/{distributionId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulate: CDN")
class CdnSimulationController {

    private static final String TARGET = "A standard distribution's id, or a distribution tenant's (dt_…): a multi-tenant distribution serves viewers "
            + "through its tenants";

    private final CdnSimulationService simulation;
    private final SimulatedOrigins origins;
    private final DnsLocations locations;

    CdnSimulationController(CdnSimulationService simulation, SimulatedOrigins origins, DnsLocations locations) {
        this.simulation = simulation;
        this.origins = origins;
        this.locations = locations;
    }

    /** A viewer request. Where it arrives: the edge named, else the edge nearest the client's address, else the home edge. */
    record CdnRequest(@Schema(example = "GET", nullable = true, description = "default GET") String method,
                   @Schema(example = "https", nullable = true, description = "http or https; default https") String scheme,
                   @Schema(example = "/index.html") String path,
                   @Schema(example = "lang=en", nullable = true) String query,
                   @Schema(nullable = true, description = "Request headers by name, such as Accept-Encoding") Map<String, String> headers,
                   @Schema(nullable = true) Map<String, String> cookies,
                   @Schema(example = "FRA", nullable = true, description = "An edge location: POP code (FRA56-P6) or airport (FRA)") String edge,
                   @Schema(example = "192.0.2.10", nullable = true, description = "Placed by the location table of /api/simulate/dns/locations")
                   String clientIp,
                   @Schema(nullable = true, description = "Fixes the random X-Amz-Cf-Id (one request only)") Long seed) {
    }

    record CdnBatch(List<CdnRequest> requests, @Schema(nullable = true) Long seed) {
    }

    /** What one simulated origin answers for a path ({@code /index.html}) or a path pattern ({@code /images/*}). */
    record OriginObjectBody(@Schema(example = "/index.html") String path, @Schema(example = "200") Integer status,
                      @Schema(description = "Response headers by name, such as Cache-Control: max-age=60") Map<String, String> headers,
                      @Schema(example = "1024") Long bodySize, @Schema(example = "\"v1\"", nullable = true) String etag,
                      @Schema(nullable = true) String lastModified, @Schema(example = "20", nullable = true) Long latencyMillis) {
    }

    record OriginObjectsBody(List<OriginObjectBody> objects) {
    }

    @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What CloudFront does with one viewer request, and why",
            description = "The edge, the cache behaviour matched, the cache key, the tier that answered (edge location, regional edge cache, "
                    + "Origin Shield, origin), Hit / Miss / RefreshHit / Error / Redirect, the TTL and the rule of AWS's TTL table that set it, "
                    + "the response headers (X-Cache, Age, Via, X-Amz-Cf-Pop, X-Amz-Cf-Id) and a sentence per step. The request fills the "
                    + "caches, as a real one would.")
    CdnDecision request(@Parameter(hidden = true) @ApiScope("cloudfront") Scope scope, @Parameter(description = TARGET) @PathVariable String distributionId,
                        @RequestBody CdnRequest body) {
        return simulation.request(scope, distributionId, viewer(scope, distributionId, body), body.seed());
    }

    @PostMapping(path = "/requests:batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Many viewer requests in order: the hit ratio per edge and per behaviour, and the origin fetches",
            description = "Each request is handled as /requests handles one, against the caches the earlier ones filled.")
    CdnSimulationService.CdnBatchSummary batch(@Parameter(hidden = true) @ApiScope("cloudfront") Scope scope, @Parameter(description = TARGET) @PathVariable String distributionId,
                                            @RequestBody CdnBatch body) {
        if (body.requests() == null || body.requests().size() > 100_000) {
            throw new AwsException("InvalidArgument", "Give 0 to 100,000 requests.");
        }
        String host = simulation.hostOf(scope, distributionId);
        return simulation.batch(scope, distributionId, body.requests().stream().map(r -> viewer(host, r)).toList(), body.seed());
    }

    @PutMapping(path = "/origins/{originId}/objects", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set what a simulated origin answers, path by path",
            description = "Replaces the origin's objects. A path nobody set answers 404; a pattern such as /images/* answers every path it matches.")
    ResponseEntity<Void> setObjects(@Parameter(hidden = true) @ApiScope("cloudfront") Scope scope, @PathVariable String distributionId,
                                    @PathVariable String originId, @RequestBody OriginObjectsBody body) {
        Map<String, OriginObject> byPath = new LinkedHashMap<>();
        for (OriginObjectBody o : body.objects() == null ? List.<OriginObjectBody>of() : body.objects()) {
            byPath.put(o.path(), new OriginObject(o.status() == null ? 200 : o.status(), o.headers() == null ? Map.of() : o.headers(),
                    o.bodySize() == null ? 0 : o.bodySize(), o.etag(), o.lastModified(), o.latencyMillis() == null ? 0 : o.latencyMillis()));
        }
        origins.replace(scope, distributionId, originId, byPath);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/origins/{originId}/objects")
    @Operation(summary = "What a simulated origin answers")
    OriginObjectsBody objects(@Parameter(hidden = true) @ApiScope("cloudfront") Scope scope, @PathVariable String distributionId, @PathVariable String originId) {
        return new OriginObjectsBody(origins.of(scope, distributionId, originId).entrySet().stream().map(e -> new OriginObjectBody(e.getKey(), e.getValue().status(),
                e.getValue().headers(), e.getValue().bodySize(), e.getValue().etag(), e.getValue().lastModified(), e.getValue().latencyMillis()))
                .toList());
    }

    @DeleteMapping("/cache")
    @Operation(summary = "Empty the distribution's simulated caches (every edge, regional edge cache and Origin Shield)")
    ResponseEntity<Void> clear(@Parameter(hidden = true) @ApiScope("cloudfront") Scope scope, @Parameter(description = TARGET) @PathVariable String distributionId) {
        simulation.clearCaches(scope, distributionId);
        return ResponseEntity.noContent().build();
    }

    /** Header names compare case-insensitively; the engine reads them in lower case. */
    private static Map<String, String> lowerCaseNames(Map<String, String> headers) {
        Map<String, String> lower = new LinkedHashMap<>(headers.size() * 2);
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }

    private ViewerRequest viewer(Scope scope, String distributionId, CdnRequest r) {
        return viewer(simulation.hostOf(scope, distributionId), r);
    }

    private ViewerRequest viewer(String host, CdnRequest r) {
        if (r.path() == null || !r.path().startsWith("/")) {
            throw new AwsException("InvalidArgument", "A request's path begins with a slash: " + r.path());
        }
        String scheme = r.scheme() == null ? "https" : r.scheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new AwsException("InvalidArgument", "The scheme is http or https, not " + r.scheme());
        }
        Map<String, String> headers = r.headers() == null ? Map.of() : lowerCaseNames(r.headers());
        GeoPoint where = null;
        if (r.edge() == null && r.clientIp() != null) {
            try {
                where = locations.table().locate(IpPrefix.parse(r.clientIp())).point();
            } catch (IllegalArgumentException e) {
                throw new AwsException("InvalidArgument", "The clientIp " + r.clientIp() + " is no IP address.");
            }
        }
        return new ViewerRequest(r.method() == null ? "GET" : r.method().toUpperCase(Locale.ROOT), scheme, host, r.path(), r.query(), headers,
                r.cookies(), r.edge(), where == null ? null : where.latitude(), where == null ? null : where.longitude());
    }
}
