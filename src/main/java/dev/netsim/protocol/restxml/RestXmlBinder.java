package dev.netsim.protocol.restxml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.netsim.common.AwsException;
import dev.netsim.protocol.xml.SafeXml;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.PayloadTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Fills an SDK request of a restXml service from the HTTP request: path variables, query
 * parameters and headers by the fields' location names, and the XML body by the shapes' element
 * names. Like the query binder, it is driven entirely by the SDK's wire metadata.
 */
public final class RestXmlBinder {

    private final String invalidInputCode;

    /** @param invalidInputCode the service's code for a malformed value or document */
    public RestXmlBinder(String invalidInputCode) {
        this.invalidInputCode = invalidInputCode;
    }

    /** The parts of an HTTP request a restXml request is bound from. */
    public record HttpParts(String body, Map<String, String> pathVariables, Function<String, String> queryParameter,
                            Function<String, String> header) {
    }

    public Object bind(SdkPojo builder, HttpParts http) {
        JsonNode document = null;
        for (SdkField<?> field : builder.sdkFields()) {
            String raw = switch (field.location()) {
                case PATH, GREEDY_PATH -> http.pathVariables().get(field.locationName());
                case QUERY_PARAM -> http.queryParameter().apply(field.locationName());
                case HEADER -> http.header().apply(field.locationName());
                default -> null;
            };
            if (raw != null) {
                field.set(builder, scalar(field, raw));
                continue;
            }
            if (field.location() != software.amazon.awssdk.core.protocol.MarshallLocation.PAYLOAD) {
                continue;
            }
            if (document == null) {
                document = parse(http.body());
                if (document == null) {
                    return ((SdkBuilder<?, ?>) builder).build();
                }
            }
            // A payload member is the whole document; other members are children of the {Op}Request root.
            JsonNode node = field.containsTrait(PayloadTrait.class) ? document : document.get(field.locationName());
            if (node != null && !node.isNull()) {
                field.set(builder, value(field, node));
            }
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    /** Parses an XML body into a pojo of the given builder's type (used to read stored documents back). */
    public Object readDocument(SdkPojo builder, String xml) {
        JsonNode document = parse(xml);
        if (document != null) {
            fill(builder, document);
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return SafeXml.readTree(body);
        } catch (IllegalArgumentException e) {
            throw new AwsException(invalidInputCode, "The XML document could not be parsed: " + e.getMessage());
        }
    }

    private void fill(SdkPojo builder, JsonNode node) {
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode child = node.get(field.locationName());
            if (child != null && !child.isNull()) {
                field.set(builder, value(field, child));
            }
        }
    }

    private Object value(SdkField<?> field, JsonNode node) {
        MarshallingKnownType type = field.marshallingType().getKnownType();
        if (type == MarshallingKnownType.SDK_POJO) {
            SdkPojo nested = field.constructor().get();
            if (node.isObject()) {
                fill(nested, node);
            }
            return ((SdkBuilder<?, ?>) nested).build();
        }
        if (type == MarshallingKnownType.LIST) {
            ListTrait trait = field.getTrait(ListTrait.class);
            SdkField<?> member = trait.memberFieldInfo();
            String memberName = trait.memberLocationName() != null ? trait.memberLocationName() : member.locationName();
            JsonNode items = node.isObject() ? node.get(memberName) : null;
            List<Object> values = new ArrayList<>();
            if (items != null) {
                if (items.isArray()) {
                    items.forEach(item -> values.add(value(member, item)));
                } else {
                    values.add(value(member, items));
                }
            }
            return values;
        }
        if (type == MarshallingKnownType.MAP) {
            throw new AwsException(invalidInputCode, "Map members are not supported: " + field.memberName());
        }
        if (!node.isValueNode()) {
            throw new AwsException(invalidInputCode, "The element " + field.locationName() + " must hold a value.");
        }
        return scalar(field, node.asString());
    }

    private Object scalar(SdkField<?> field, String raw) {
        String v = raw.trim();
        try {
            return switch (field.marshallingType().getKnownType()) {
                case STRING -> raw;
                case INTEGER -> Integer.valueOf(v);
                case LONG -> Long.valueOf(v);
                case SHORT -> Short.valueOf(v);
                case BYTE -> Byte.valueOf(v);
                case DOUBLE -> Double.valueOf(v);
                case FLOAT -> Float.valueOf(v);
                case BIG_DECIMAL -> new BigDecimal(v);
                case BOOLEAN -> switch (v) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException(v);
                };
                case INSTANT -> Instant.parse(v);
                case SDK_BYTES -> SdkBytes.fromByteArray(Base64.getDecoder().decode(v));
                default -> throw new IllegalArgumentException(v);
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new AwsException(invalidInputCode, "Invalid value '" + raw + "' for " + field.locationName() + ".");
        }
    }
}
