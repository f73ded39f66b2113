package dev.netsim.protocol.xml;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.netsim.protocol.WireDialect;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;

/**
 * Writes an SDK model object as XML by walking its fields' wire metadata, with each dialect's
 * naming: EC2 uses the lowerCamel {@code unmarshallLocationName} and {@code item} list elements;
 * awsQuery and restXml use the shape names and the list trait's member name.
 */
public final class ShapeXmlWriter {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final XMLStreamWriter out;
    private final WireDialect dialect;

    public ShapeXmlWriter(XMLStreamWriter out, WireDialect dialect) {
        this.out = out;
        this.dialect = dialect;
    }

    /** Writes the payload members of {@code pojo} as children of the element already open. */
    public void writeMembers(SdkPojo pojo) throws XMLStreamException {
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.location() != MarshallLocation.PAYLOAD) {
                continue; // headers and status codes are the caller's business
            }
            Object value = field.getValueOrDefault(pojo);
            if (value != null) {
                writeValue(elementName(field), field, value);
            }
        }
    }

    private void writeValue(String element, SdkField<?> field, Object value) throws XMLStreamException {
        if (value instanceof SdkAutoConstructList<?>) {
            return; // a list the handler never set: AWS leaves it out
        }
        if (value instanceof List<?> list) {
            writeList(element, field, list);
        } else if (value instanceof SdkPojo nested) {
            out.writeStartElement(element);
            writeMembers(nested);
            out.writeEndElement();
        } else {
            out.writeStartElement(element);
            out.writeCharacters(SafeXml.xmlText(scalar(value)));
            out.writeEndElement();
        }
    }

    private void writeList(String element, SdkField<?> field, List<?> list) throws XMLStreamException {
        ListTrait trait = field.getTrait(ListTrait.class);
        SdkField<?> member = trait.memberFieldInfo();
        String memberElement = memberElement(trait);
        if (trait.isFlattened()) {
            for (Object item : list) {
                writeValue(element, member, item);
            }
            return;
        }
        out.writeStartElement(element);
        for (Object item : list) {
            writeValue(memberElement, member, item);
        }
        out.writeEndElement();
    }

    private String elementName(SdkField<?> field) {
        return dialect == WireDialect.EC2 ? field.unmarshallLocationName() : field.locationName();
    }

    private String memberElement(ListTrait trait) {
        if (dialect == WireDialect.EC2) {
            return "item";
        }
        if (trait.memberLocationName() != null) {
            return trait.memberLocationName();
        }
        String name = trait.memberFieldInfo().locationName();
        return name == null ? "member" : name;
    }

    static String scalar(Object value) {
        if (value instanceof Instant instant) {
            return TIMESTAMP.format(instant);
        }
        if (value instanceof SdkBytes bytes) {
            return Base64.getEncoder().encodeToString(bytes.asByteArray());
        }
        return String.valueOf(value);
    }
}
