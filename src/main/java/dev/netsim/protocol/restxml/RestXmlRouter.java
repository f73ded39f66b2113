package dev.netsim.protocol.restxml;

import jakarta.servlet.http.HttpServletRequest;

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
    ResponseEntity<String> route53(HttpServletRequest http, @RequestBody(required = false) String body) {
        return route(WireService.ROUTE53, http, body);
    }

    @RequestMapping("/2020-05-31/**")
    ResponseEntity<String> cloudFront(HttpServletRequest http, @RequestBody(required = false) String body) {
        return route(WireService.CLOUDFRONT, http, body);
    }

    private ResponseEntity<String> route(WireService service, HttpServletRequest http, String body) {
        String path = http.getRequestURI().substring(http.getContextPath().length());
        return table.find(service, http.getMethod(), path, http::getParameter)
                .map(match -> door.dispatch(service, match.operation(), http, body, match.pathVariables(), match.successStatus()))
                .orElseGet(() -> door.unsupportedRoute(service, http));
    }
}
