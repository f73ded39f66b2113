package dev.netsim.cloudfront.distribution;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.protocol.WireService;
import dev.netsim.protocol.restxml.RestXmlFrontDoor;
import io.swagger.v3.oas.annotations.Hidden;

/** CloudFront's REST routes (API version 2020-05-31), each mapped to its operation. */
@Hidden
@RestController
@RequestMapping("/2020-05-31")
class CloudFrontRoutes {

    private final RestXmlFrontDoor door;

    CloudFrontRoutes(RestXmlFrontDoor door) {
        this.door = door;
    }

    @GetMapping({"/distribution", "/distribution/"})
    ResponseEntity<String> listDistributions(HttpServletRequest http) {
        return door.dispatch(WireService.CLOUDFRONT, "ListDistributions", http, null, Map.of(), 200);
    }

    @GetMapping("/distribution/{Id}")
    ResponseEntity<String> getDistribution(HttpServletRequest http, @PathVariable("Id") String id) {
        return door.dispatch(WireService.CLOUDFRONT, "GetDistribution", http, null, Map.of("Id", id), 200);
    }

    @RequestMapping("/**")
    ResponseEntity<String> unsupported(HttpServletRequest http) {
        return door.unsupportedRoute(WireService.CLOUDFRONT, http);
    }
}
