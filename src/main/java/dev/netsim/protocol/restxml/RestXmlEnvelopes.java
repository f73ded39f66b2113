package dev.netsim.protocol.restxml;

import dev.netsim.protocol.WireDialect;
import dev.netsim.protocol.WireService;
import dev.netsim.protocol.xml.SafeXml;
import dev.netsim.protocol.xml.ShapeXmlWriter;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.PayloadTrait;

/** Bodies of restXml responses: the operation's output or its payload member. Errors use {@link dev.netsim.protocol.query.QueryEnvelopes#errorResponse}. */
public final class RestXmlEnvelopes {

    private RestXmlEnvelopes() {
    }

    /**
     * The response document: the payload member as root when the output has one (CloudFront's
     * {@code <Distribution>}; a blob payload as it is), else {@code <{Op}Response>} with the members;
     * null when the output has no body at all.
     */
    public static String success(WireService service, String operation, SdkPojo response) {
        SdkField<?> payloadField = response.sdkFields().stream().filter(f -> f.containsTrait(PayloadTrait.class)).findFirst().orElse(null);
        if (payloadField != null) {
            Object payload = payloadField.getValueOrDefault(response);
            if (payload instanceof SdkBytes bytes) {
                return bytes.asUtf8String(); // a blob payload (a CloudFront Function's code) is the body itself
            }
            if (!(payload instanceof SdkPojo pojo)) {
                return null;
            }
            return document(service, payloadField.locationName(), pojo);
        }
        boolean hasBodyMembers = response.sdkFields().stream().anyMatch(f -> f.location() == MarshallLocation.PAYLOAD);
        return hasBodyMembers ? document(service, operation + "Response", response) : null;
    }

    /** A shape as a stored document: {@code <root>} with its members, no namespace ({@link RestXmlBinder#readDocument} reads it back). */
    public static String storedDocument(String root, SdkPojo pojo) {
        return SafeXml.write(w -> {
            w.writeStartElement(root);
            new ShapeXmlWriter(w, WireDialect.REST_XML).writeMembers(pojo);
            w.writeEndElement();
        });
    }

    private static String document(WireService service, String root, SdkPojo pojo) {
        return SafeXml.write(w -> {
            w.writeStartElement(root);
            w.writeDefaultNamespace(service.namespace());
            new ShapeXmlWriter(w, WireDialect.REST_XML).writeMembers(pojo);
            w.writeEndElement();
        });
    }
}
