package dev.netsim.protocol.query;

import dev.netsim.common.AwsException;
import dev.netsim.protocol.WireDialect;
import dev.netsim.protocol.WireService;
import dev.netsim.protocol.xml.SafeXml;
import dev.netsim.protocol.xml.ShapeXmlWriter;
import software.amazon.awssdk.core.SdkPojo;

/** Success and error envelopes of the two query dialects (EC2 and awsQuery). */
public final class QueryEnvelopes {

    private QueryEnvelopes() {
    }

    public static String success(WireService service, String action, String requestId, SdkPojo response) {
        return SafeXml.write(w -> {
            w.writeStartElement(action + "Response");
            w.writeDefaultNamespace(service.namespace());
            ShapeXmlWriter shapes = new ShapeXmlWriter(w, service.dialect());
            if (service.dialect() == WireDialect.EC2) {
                SafeXml.textElement(w, "requestId", requestId);
                if (response.sdkFields().isEmpty()) {
                    SafeXml.textElement(w, "return", "true"); // EC2 actions without output answer <return>true</return>
                } else {
                    shapes.writeMembers(response);
                }
            } else {
                w.writeStartElement(action + "Result");
                shapes.writeMembers(response);
                w.writeEndElement();
                w.writeStartElement("ResponseMetadata");
                SafeXml.textElement(w, "RequestId", requestId);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    public static String error(WireService service, AwsException error, String requestId) {
        if (service.dialect() == WireDialect.EC2) {
            return SafeXml.write(w -> {
                w.writeStartElement("Response");
                w.writeStartElement("Errors");
                w.writeStartElement("Error");
                SafeXml.textElement(w, "Code", error.code());
                SafeXml.textElement(w, "Message", error.getMessage());
                w.writeEndElement();
                w.writeEndElement();
                SafeXml.textElement(w, "RequestID", requestId);
                w.writeEndElement();
            });
        }
        return errorResponse(service, error, requestId);
    }

    /** The {@code <ErrorResponse>} envelope that awsQuery and restXml services share. */
    public static String errorResponse(WireService service, AwsException error, String requestId) {
        return SafeXml.write(w -> {
            w.writeStartElement("ErrorResponse");
            w.writeDefaultNamespace(service.namespace());
            w.writeStartElement("Error");
            SafeXml.textElement(w, "Type", error.isClientError() ? "Sender" : "Receiver");
            SafeXml.textElement(w, "Code", error.code());
            SafeXml.textElement(w, "Message", error.getMessage());
            if (!error.messages().isEmpty()) {
                w.writeStartElement("messages"); // the error shape's list (InvalidChangeBatch), which the SDKs read into the exception
                for (String message : error.messages()) {
                    SafeXml.textElement(w, "Message", message);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            SafeXml.textElement(w, "RequestId", requestId);
            w.writeEndElement();
        });
    }
}
