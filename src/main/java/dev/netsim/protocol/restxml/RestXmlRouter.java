package dev.netsim.protocol.restxml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.protocol.WireService;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Route 53's ({@code /2013-04-01/…}) and CloudFront's ({@code /2020-05-31/…}) REST routes: each
 * request goes to the operation the service's model names for its method and path.
 */
@Hidden
@RestController
class RestXmlRouter {

    private final RestXmlFrontDoor door;
    private final RestXmlRouteTable table;

    RestXmlRouter(RestXmlFrontDoor door, RestXmlRouteTable table) {
        this.door = door;
        this.table = table;
    }

    @RequestMapping("/2013-04-01/**")
    void route53(HttpServletRequest http, HttpServletResponse out, @RequestBody(required = false) String body) throws IOException {
        write(route(WireService.ROUTE53, http, body), out);
    }

    @RequestMapping("/2020-05-31/**")
    void cloudFront(HttpServletRequest http, HttpServletResponse out, @RequestBody(required = false) String body) throws IOException {
        write(route(WireService.CLOUDFRONT, http, body), out);
    }

    private ResponseEntity<String> route(WireService service, HttpServletRequest http, String body) {
        String path = http.getRequestURI().substring(http.getContextPath().length());
        return table.find(service, http.getMethod(), path, http::getParameter)
                .map(match -> door.dispatch(service, match.operation(), http, body, match.pathVariables(), match.successStatus()))
                .orElseGet(() -> door.unsupportedRoute(service, http));
    }

    /**
     * Written by hand, not returned: Spring would treat a GET's {@code ETag} header as an HTTP
     * validator and put it in quotes, where CloudFront sends its bare ETag ({@code E2QWRUHAPOMQZL}).
     */
    private static void write(ResponseEntity<String> response, HttpServletResponse out) throws IOException {
        out.setStatus(response.getStatusCode().value());
        response.getHeaders().forEach((name, values) -> values.forEach(value -> out.addHeader(name, value)));
        if (response.getBody() != null) {
            out.setCharacterEncoding(StandardCharsets.UTF_8.name());
            out.getWriter().write(response.getBody());
        }
    }
}
