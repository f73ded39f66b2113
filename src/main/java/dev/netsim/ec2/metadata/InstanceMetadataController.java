package dev.netsim.ec2.metadata;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.Scope;
import dev.netsim.protocol.RequestFacts;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The instance metadata service (IMDSv1 and IMDSv2) for any instance: either
 * {@code /imds/{instanceId}/latest/…}, or {@code /latest/…} with the header {@code X-Netsim-Instance-Id}.
 */
@Hidden
@RestController
class InstanceMetadataController {

    static final String INSTANCE_HEADER = "X-Netsim-Instance-Id";
    static final String TOKEN_HEADER = "X-aws-ec2-metadata-token";
    static final String TTL_HEADER = "X-aws-ec2-metadata-token-ttl-seconds";
    private static final int MAX_TTL_SECONDS = 21600;

    private final InstanceMetadataService metadata;
    private final MetadataTokens tokens;

    InstanceMetadataController(InstanceMetadataService metadata, MetadataTokens tokens) {
        this.metadata = metadata;
        this.tokens = tokens;
    }

    @PutMapping("/imds/{instanceId}/latest/api/token")
    ResponseEntity<String> tokenByPath(@PathVariable String instanceId, @RequestHeader(name = TTL_HEADER, required = false) String ttl,
                                       HttpServletRequest http) {
        return token(instanceId, ttl, http);
    }

    @PutMapping("/latest/api/token")
    ResponseEntity<String> tokenByHeader(@RequestHeader(name = INSTANCE_HEADER, required = false) String instanceId,
                                         @RequestHeader(name = TTL_HEADER, required = false) String ttl, HttpServletRequest http) {
        return token(instanceId, ttl, http);
    }

    @GetMapping("/imds/{instanceId}/latest/**")
    ResponseEntity<String> getByPath(@PathVariable String instanceId, HttpServletRequest http) {
        return get(instanceId, http.getRequestURI().substring(("/imds/" + instanceId + "/latest/").length()), http);
    }

    @GetMapping("/latest/**")
    ResponseEntity<String> getByHeader(@RequestHeader(name = INSTANCE_HEADER, required = false) String instanceId, HttpServletRequest http) {
        return get(instanceId, http.getRequestURI().substring("/latest/".length()), http);
    }

    private ResponseEntity<String> token(String instanceId, String ttl, HttpServletRequest http) {
        Optional<InstanceMetadataService.MetadataInstance> target = reachable(instanceId, "PUT api/token", http);
        if (target.isEmpty()) {
            return text(HttpStatus.NOT_FOUND, "No running instance " + instanceId + ".");
        }
        if (!target.get().endpointEnabled()) {
            return text(HttpStatus.FORBIDDEN, "The instance metadata endpoint of " + instanceId + " is disabled.");
        }
        int seconds;
        try {
            seconds = Integer.parseInt(ttl == null ? "" : ttl.trim());
        } catch (NumberFormatException e) {
            return text(HttpStatus.BAD_REQUEST, "Missing or invalid " + TTL_HEADER + " header.");
        }
        if (seconds < 1 || seconds > MAX_TTL_SECONDS) {
            return text(HttpStatus.BAD_REQUEST, TTL_HEADER + " must be between 1 and " + MAX_TTL_SECONDS + ".");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).header(TTL_HEADER, String.valueOf(seconds))
                .body(tokens.issue(instanceId, seconds));
    }

    private ResponseEntity<String> get(String instanceId, String path, HttpServletRequest http) {
        Optional<InstanceMetadataService.MetadataInstance> target = reachable(instanceId, "GET " + path, http);
        if (target.isEmpty()) {
            return text(HttpStatus.NOT_FOUND, "No running instance " + instanceId + ".");
        }
        InstanceMetadataService.MetadataInstance instance = target.get();
        if (!instance.endpointEnabled()) {
            return text(HttpStatus.FORBIDDEN, "The instance metadata endpoint of " + instanceId + " is disabled.");
        }
        String token = http.getHeader(TOKEN_HEADER);
        if (token != null ? !tokens.isValid(token, instanceId) : instance.tokenRequired()) {
            return text(HttpStatus.UNAUTHORIZED, "");
        }
        if (path.equals("user-data") || path.equals("user-data/")) {
            return metadata.userData(instance).map(data -> text(HttpStatus.OK, data)).orElseGet(() -> text(HttpStatus.NOT_FOUND, ""));
        }
        if (path.equals("dynamic/instance-identity/document")) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(metadata.identityDocument(instance));
        }
        if (path.isEmpty() || path.equals("/")) {
            return text(HttpStatus.OK, "dynamic\nmeta-data\nuser-data");
        }
        if (!path.startsWith("meta-data")) {
            return text(HttpStatus.NOT_FOUND, "");
        }
        return walk(metadata.metaData(instance), path.substring("meta-data".length()));
    }

    /** A category lists its entries (sub-categories with a trailing slash); a value is returned as is. */
    @SuppressWarnings("unchecked")
    private static ResponseEntity<String> walk(Map<String, Object> tree, String rest) {
        Object node = tree;
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(segment)) {
                return text(HttpStatus.NOT_FOUND, "");
            }
            node = map.get(segment);
        }
        if (node instanceof Map<?, ?> map) {
            StringBuilder listing = new StringBuilder();
            ((Map<String, Object>) map).forEach((key, value) -> listing.append(listing.isEmpty() ? "" : "\n")
                    .append(key).append(value instanceof Map ? "/" : ""));
            return text(HttpStatus.OK, listing.toString());
        }
        return text(HttpStatus.OK, (String) node);
    }

    private Optional<InstanceMetadataService.MetadataInstance> reachable(String instanceId, String action, HttpServletRequest http) {
        if (instanceId == null) {
            return Optional.empty();
        }
        Optional<InstanceMetadataService.MetadataInstance> target = metadata.find(instanceId);
        new RequestFacts("imds", "ec2", action, target.map(InstanceMetadataService.MetadataInstance::scope)
                .orElse(new Scope(Scope.DEFAULT_ACCOUNT, Scope.DEFAULT_REGION))).attachTo(http);
        return target.filter(InstanceMetadataService.MetadataInstance::isRunning);
    }

    private static ResponseEntity<String> text(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
