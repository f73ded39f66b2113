package dev.netsim.dataplane.cdn;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.netsim.cloudfront.simulation.CdnSimulationService;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.simulation.cdn.CdnDecision;
import dev.netsim.simulation.cdn.ViewerRequest;

/**
 * Viewer requests over plain HTTP, answered as CloudFront would: a request whose {@code Host} is a
 * distribution's domain name or alias, or a distribution tenant's domain — or whose path is
 * {@code /_cloudfront/{id}/…} (a distribution's or tenant's id), for clients that cannot set Host —
 * gets the simulated response: the status, the simulated origin's headers and
 * a body of its size, and CloudFront's {@code X-Cache}, {@code Age}, {@code Via},
 * {@code X-Amz-Cf-Pop} and {@code X-Amz-Cf-Id}. {@code X-Netsim-Edge} picks the edge location (the
 * home edge otherwise); {@code X-Forwarded-Proto: https} stands for a viewer on HTTPS.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CloudFrontViewerFilter extends OncePerRequestFilter {

    static final String EDGE_HEADER = "X-Netsim-Edge";
    static final String PATH_PREFIX = "/_cloudfront/";
    /** Bodies are filler bytes; past this size they are cut short, so a simulated 5 GB object cannot tie up the server. */
    static final long MAX_BODY = 16L * 1024 * 1024;
    private static final byte[] FILLER = "netsim cloudfront simulated body\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ViewerHosts hosts;
    private final CdnSimulationService simulation;

    CloudFrontViewerFilter(ViewerHosts hosts, CdnSimulationService simulation) {
        this.hosts = hosts;
        this.simulation = simulation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest http, HttpServletResponse out, FilterChain chain) throws ServletException, IOException {
        String uri = http.getRequestURI();
        Optional<ViewerHosts.Target> target;
        String path;
        if (uri.startsWith(PATH_PREFIX)) {
            String rest = uri.substring(PATH_PREFIX.length());
            int slash = rest.indexOf('/');
            target = hosts.targetById(slash < 0 ? rest : rest.substring(0, slash));
            path = slash < 0 ? "/" : rest.substring(slash);
        } else {
            target = hosts.targetFor(http.getServerName());
            path = uri;
        }
        if (target.isEmpty()) {
            if (uri.startsWith(PATH_PREFIX) || http.getServerName().endsWith(".cloudfront.net")) {
                out.sendError(404, "No distribution here answers " + http.getServerName() + uri);
                return;
            }
            chain.doFilter(http, out);
            return;
        }
        ViewerHosts.Target t = target.get();
        String forwarded = http.getHeader("X-Forwarded-Proto");
        String scheme = forwarded != null ? forwarded.toLowerCase(Locale.ROOT) : http.getScheme();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), http.getHeader(name));
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        if (http.getCookies() != null) {
            for (Cookie c : http.getCookies()) {
                cookies.put(c.getName(), c.getValue());
            }
        }
        ViewerRequest request = new ViewerRequest(http.getMethod(), scheme, t.host(), path, http.getQueryString(), headers, cookies,
                http.getHeader(EDGE_HEADER), null, null);
        CdnDecision decision;
        try {
            decision = simulation.request(new Scope(t.account(), Scope.DEFAULT_REGION), t.id(), request, null);
        } catch (AwsException e) {
            out.sendError(e.httpStatus(), e.getMessage());
            return;
        }
        write(decision, http.getMethod().equals("HEAD"), out);
    }

    private static void write(CdnDecision decision, boolean head, HttpServletResponse out) throws IOException {
        out.setStatus(decision.status());
        long size = Math.min(decision.bodySize(), MAX_BODY);
        decision.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                out.setHeader(name, value);
            }
        });
        out.setContentLengthLong(size);
        if (head) {
            return;
        }
        OutputStream body = out.getOutputStream();
        for (long written = 0; written < size; written += FILLER.length) {
            body.write(FILLER, 0, (int) Math.min(FILLER.length, size - written));
        }
    }
}
