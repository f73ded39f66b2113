package dev.netsim.protocol.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an SDK model object as JSON with the AWS API's member names, leaving out members never set.
 * Header members (CloudFront's ETag, Route 53's Location) are members like the others: JSON has no
 * headers of the operation's own.
 */
public final class ShapeJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ShapeJsonWriter() {
    }

    public static ObjectNode write(SdkPojo pojo) {
        ObjectNode object = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.location() != MarshallLocation.PAYLOAD && field.location() != MarshallLocation.HEADER) {
                continue;
            }
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList<?>) && !(value instanceof SdkAutoConstructMap<?, ?>)) {
                object.set(ApiMemberNames.of(field), node(value));
            }
        }
        return object;
    }

    private static JsonNode node(Object value) {
        if (value instanceof SdkPojo pojo) {
            return write(pojo);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(node(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), node(v)));
            return object;
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (value instanceof Instant instant) {
            return NODES.stringNode(instant.toString());
        }
        if (value instanceof SdkBytes bytes) {
            return NODES.stringNode(java.util.Base64.getEncoder().encodeToString(bytes.asByteArray()));
        }
        return NODES.stringNode(String.valueOf(value));
    }
}
