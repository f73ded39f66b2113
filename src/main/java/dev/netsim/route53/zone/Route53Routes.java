package dev.netsim.route53.zone;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.protocol.WireService;
import dev.netsim.protocol.restxml.RestXmlFrontDoor;
import io.swagger.v3.oas.annotations.Hidden;

/** Route 53's REST routes (API version 2013-04-01), each mapped to its operation. */
@Hidden
@RestController
@RequestMapping("/2013-04-01")
class Route53Routes {

    private final RestXmlFrontDoor door;

    Route53Routes(RestXmlFrontDoor door) {
        this.door = door;
    }

    @PostMapping({"/hostedzone", "/hostedzone/"})
    ResponseEntity<String> createHostedZone(HttpServletRequest http, @RequestBody(required = false) String body) {
        return door.dispatch(WireService.ROUTE53, "CreateHostedZone", http, body, Map.of(), 201);
    }

    @GetMapping({"/hostedzone", "/hostedzone/"})
    ResponseEntity<String> listHostedZones(HttpServletRequest http) {
        return door.dispatch(WireService.ROUTE53, "ListHostedZones", http, null, Map.of(), 200);
    }

    @GetMapping({"/hostedzone/{Id}", "/hostedzone/{Id}/"})
    ResponseEntity<String> getHostedZone(HttpServletRequest http, @PathVariable("Id") String id) {
        return door.dispatch(WireService.ROUTE53, "GetHostedZone", http, null, Map.of("Id", Route53Ids.bare(id)), 200);
    }

    @DeleteMapping({"/hostedzone/{Id}", "/hostedzone/{Id}/"})
    ResponseEntity<String> deleteHostedZone(HttpServletRequest http, @PathVariable("Id") String id) {
        return door.dispatch(WireService.ROUTE53, "DeleteHostedZone", http, null, Map.of("Id", Route53Ids.bare(id)), 200);
    }

    @RequestMapping("/**")
    ResponseEntity<String> unsupported(HttpServletRequest http) {
        return door.unsupportedRoute(WireService.ROUTE53, http);
    }
}
