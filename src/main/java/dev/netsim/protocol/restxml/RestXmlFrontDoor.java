package dev.netsim.protocol.restxml;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.protocol.ActionRegistry;
import dev.netsim.protocol.RequestFacts;
import dev.netsim.protocol.RequestParameters;
import dev.netsim.protocol.SigV4Scope;
import dev.netsim.protocol.WireActionInvoker;
import dev.netsim.protocol.WireService;
import dev.netsim.protocol.query.QueryEnvelopes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;

/**
 * The restXml front door of Route 53 and CloudFront. Route controllers map an HTTP route to an
 * operation name; this binds the request, runs the same kind of {@code @AwsAction} handler as the
 * query door, and renders the output: header members as headers, the rest as the XML body.
 */
@Component
public class RestXmlFrontDoor {

    private static final Logger log = LoggerFactory.getLogger(RestXmlFrontDoor.class);
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final ActionRegistry registry;
    private final WireActionInvoker invoker;

    public RestXmlFrontDoor(ActionRegistry registry, WireActionInvoker invoker) {
        this.registry = registry;
        this.invoker = invoker;
    }

    public ResponseEntity<String> dispatch(WireService service, String operation, HttpServletRequest http, String body,
                                           Map<String, String> pathVariables, int successStatus) {
        String requestId = UUID.randomUUID().toString();
        Scope scope = SigV4Scope.parse(http.getHeader(HttpHeaders.AUTHORIZATION), null).globalScope();
        new RequestFacts("wire", service.signingName(), operation, scope).attachTo(http);
        try {
            String[] presigned = RequestParameters.decoded(http, service.invalidInputCode(), 400).get("X-Amz-Credential");
            if (presigned != null) {
                scope = SigV4Scope.parse(http.getHeader(HttpHeaders.AUTHORIZATION), presigned[0]).globalScope();
                new RequestFacts("wire", service.signingName(), operation, scope).attachTo(http);
            }
            ActionRegistry.Handler handler = registry.find(service, operation).orElseThrow(() -> unsupported(operation));
            Object request = new RestXmlBinder(service.invalidInputCode()).bind(handler.newRequestBuilder(),
                    new RestXmlBinder.HttpParts(body, pathVariables, http::getParameter, http::getHeader));
            SdkPojo response = invoker.invoke(service, handler, request, scope, false);
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(successStatus).header("x-amzn-RequestId", requestId);
            for (SdkField<?> field : response.sdkFields()) {
                Object value = field.getValueOrDefault(response);
                if (field.location() == MarshallLocation.HEADER && value != null) {
                    builder.header(field.locationName(), String.valueOf(value));
                }
            }
            String document = RestXmlEnvelopes.success(service, operation, response);
            if (document == null) {
                return builder.build();
            }
            // an output that names its own Content-Type (a blob, such as a function's code) keeps it
            boolean ownType = response.sdkFields().stream().anyMatch(f -> f.location() == MarshallLocation.HEADER
                    && f.locationName().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && f.getValueOrDefault(response) != null);
            return ownType ? builder.body(document) : builder.contentType(XML).body(document);
        } catch (AwsException e) {
            return error(service, e, requestId);
        } catch (RuntimeException e) {
            log.error("Internal error in {} {} (request {})", service, operation, requestId, e);
            return error(service, new AwsException("InternalError", "An internal error has occurred (request " + requestId + ").", 500), requestId);
        }
    }

    public ResponseEntity<String> error(WireService service, AwsException e, String requestId) {
        return ResponseEntity.status(e.httpStatus()).contentType(XML).header("x-amzn-RequestId", requestId)
                .body(QueryEnvelopes.errorResponse(service, e, requestId));
    }

    /** Any route of the service that Netsim has no handler for. */
    public ResponseEntity<String> unsupportedRoute(WireService service, HttpServletRequest http) {
        String route = http.getMethod() + " " + http.getRequestURI();
        Scope scope = SigV4Scope.parse(http.getHeader(HttpHeaders.AUTHORIZATION), null).globalScope();
        new RequestFacts("wire", service.signingName(), route, scope).attachTo(http);
        return error(service, unsupported(route), UUID.randomUUID().toString());
    }

    private static AwsException unsupported(String operation) {
        return new AwsException("InvalidAction", "The action " + operation + " is not valid for this web service, or Netsim does not support it yet.");
    }
}
