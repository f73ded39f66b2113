package dev.netsim.protocol.query;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.protocol.ActionRegistry;
import dev.netsim.protocol.RequestFacts;
import dev.netsim.protocol.RequestParameters;
import dev.netsim.protocol.SigV4Scope;
import dev.netsim.protocol.WireActionInvoker;
import dev.netsim.protocol.WireService;
import io.swagger.v3.oas.annotations.Hidden;
import software.amazon.awssdk.core.SdkPojo;

/**
 * The query-protocol front door: {@code POST /} with a form body (or {@code GET /?Action=…}),
 * routed by {@code Version} to EC2 or ELBv2 and then by {@code Action} to a handler.
 */
@Hidden
@RestController
public class QueryFrontDoor {

    private static final Logger log = LoggerFactory.getLogger(QueryFrontDoor.class);
    static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final ActionRegistry registry;
    private final WireActionInvoker invoker;

    public QueryFrontDoor(ActionRegistry registry, WireActionInvoker invoker) {
        this.registry = registry;
        this.invoker = invoker;
    }

    @RequestMapping(path = "/", method = {RequestMethod.POST, RequestMethod.GET})
    public ResponseEntity<String> handle(HttpServletRequest http) {
        if (LandingPage.isWanted(http)) {
            return LandingPage.response();
        }
        String requestId = UUID.randomUUID().toString();
        Map<String, String[]> raw;
        try {
            // AWS's common error for a query string it cannot parse, with its documented status
            raw = RequestParameters.decoded(http, "MalformedQueryString", 404);
        } catch (AwsException e) {
            SigV4Scope unsigned = SigV4Scope.parse(http.getHeader(HttpHeaders.AUTHORIZATION), null);
            WireService service = WireService.forSigningName(unsigned.service()).orElse(WireService.EC2);
            new RequestFacts("wire", service.signingName(), null, unsigned.claimedScope()).attachTo(http);
            return error(service, e, requestId);
        }
        String[] presigned = raw.get("X-Amz-Credential");
        SigV4Scope sig = SigV4Scope.parse(http.getHeader(HttpHeaders.AUTHORIZATION), presigned == null ? null : presigned[0]);
        Map<String, String> params = parameters(raw);
        String action = params.remove("Action");
        String version = params.remove("Version");
        WireService service = WireService.forQueryVersion(version)
                .or(() -> WireService.forSigningName(sig.service()).filter(s -> s != WireService.ROUTE53 && s != WireService.CLOUDFRONT))
                .orElse(WireService.EC2);
        new RequestFacts("wire", service.signingName(), action, sig.claimedScope()).attachTo(http);
        try {
            Scope scope = sig.regionalScope(service);
            if (action == null || action.isEmpty()) {
                throw new AwsException("MissingAction", "The request must contain the parameter Action");
            }
            if (version == null || version.isEmpty()) {
                throw new AwsException("MissingParameter", "The request must contain the parameter Version");
            }
            if (WireService.forQueryVersion(version).isEmpty()) {
                throw new AwsException("NoSuchVersion", "The requested version (" + version + ") is not supported by Netsim.");
            }
            ActionRegistry.Handler handler = registry.find(service, action).orElseThrow(() -> new AwsException("InvalidAction",
                    "The action " + action + " is not valid for this web service, or Netsim does not support it yet."));
            boolean dryRun = "true".equalsIgnoreCase(params.get("DryRun"));
            Object request = QueryBinder.bind(handler.newRequestBuilder(), params, service.dialect());
            SdkPojo response = invoker.invoke(service, handler, request, scope, dryRun);
            return ResponseEntity.ok().contentType(XML).header("x-amzn-RequestId", requestId)
                    .body(QueryEnvelopes.success(service, action, requestId, response));
        } catch (AwsException e) {
            return error(service, e, requestId);
        } catch (RuntimeException e) {
            log.error("Internal error in {} {} (request {})", service, action, requestId, e);
            return error(service, new AwsException("InternalError", "An internal error has occurred (request " + requestId + ").", 500), requestId);
        }
    }

    private static ResponseEntity<String> error(WireService service, AwsException e, String requestId) {
        return ResponseEntity.status(e.httpStatus()).contentType(XML).header("x-amzn-RequestId", requestId)
                .body(QueryEnvelopes.error(service, e, requestId));
    }

    /** Body and query string together, first value of each; the form decoder turns {@code +} into a space. */
    private static Map<String, String> parameters(Map<String, String[]> raw) {
        Map<String, String> params = new HashMap<>();
        raw.forEach((key, values) -> {
            if (!key.startsWith("X-Amz-") && values.length > 0) {
                params.put(key, values[0]);
            }
        });
        return params;
    }
}
