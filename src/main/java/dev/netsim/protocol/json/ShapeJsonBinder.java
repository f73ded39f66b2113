package dev.netsim.protocol.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.netsim.common.AwsException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Fills an SDK request builder from a JSON object whose property names are the AWS API's member
 * names ({@code VpcId}, {@code Filters: [{Name, Values}]}), by walking the request shape's own
 * metadata, as {@code QueryBinder} does for the query protocol.
 */
public final class ShapeJsonBinder {

    /** The REST services' path, query and header members are members of the JSON body like the others. */
    private static final Set<MarshallLocation> BOUND = java.util.EnumSet.of(MarshallLocation.PAYLOAD, MarshallLocation.PATH,
            MarshallLocation.GREEDY_PATH, MarshallLocation.QUERY_PARAM, MarshallLocation.HEADER);

    private ShapeJsonBinder() {
    }

    /**
     * @throws AwsException {@code UnknownParameter} for a member the action does not have,
     *                      {@code InvalidParameterValue} for a value of the wrong type
     */
    public static Object bind(SdkPojo requestBuilder, JsonNode body) {
        if (body != null && !body.isNull() && !body.isObject()) {
            throw new AwsException("InvalidParameterValue", "The request body must be a JSON object of the action's members.");
        }
        fill(requestBuilder, body, "");
        return ((SdkBuilder<?, ?>) requestBuilder).build();
    }

    private static void fill(SdkPojo builder, JsonNode object, String path) {
        if (object == null || object.isNull()) {
            return;
        }
        Set<String> known = new HashSet<>();
        for (SdkField<?> field : builder.sdkFields()) {
            if (!BOUND.contains(field.location())) {
                continue;
            }
            known.add(ApiMemberNames.of(field));
            JsonNode value = object.get(ApiMemberNames.of(field));
            if (value != null && !value.isNull()) {
                field.set(builder, read(field, value, path + ApiMemberNames.of(field)));
            }
        }
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                throw new AwsException("UnknownParameter", "The parameter " + path + name + " is not recognized");
            }
        }
    }

    private static Object read(SdkField<?> field, JsonNode value, String path) {
        return switch (field.marshallingType().getKnownType()) {
            case SDK_POJO -> {
                if (!value.isObject()) {
                    throw invalid(path, value);
                }
                SdkPojo nested = field.constructor().get();
                fill(nested, value, path + ".");
                yield ((SdkBuilder<?, ?>) nested).build();
            }
            case LIST -> {
                if (!value.isArray()) {
                    throw invalid(path, value);
                }
                SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    items.add(read(member, value.get(i), path + "[" + i + "]"));
                }
                yield items;
            }
            case MAP -> {
                if (!value.isObject()) {
                    throw invalid(path, value);
                }
                SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
                Map<String, Object> entries = new LinkedHashMap<>();
                for (String key : value.propertyNames()) {
                    entries.put(key, read(member, value.get(key), path + "." + key));
                }
                yield entries;
            }
            default -> scalar(field, value, path);
        };
    }

    private static Object scalar(SdkField<?> field, JsonNode value, String path) {
        if (value.isContainer()) {
            throw invalid(path, value);
        }
        String text = value.asString();
        try {
            return switch (field.marshallingType().getKnownType()) {
                case STRING -> text;
                case INTEGER -> Integer.valueOf(text.trim());
                case LONG -> Long.valueOf(text.trim());
                case DOUBLE -> Double.valueOf(text.trim());
                case FLOAT -> Float.valueOf(text.trim());
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw invalid(path, value);
                    }
                    yield Boolean.valueOf(text);
                }
                case INSTANT -> Instant.parse(text.trim());
                default -> throw invalid(path, value);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(path, value);
        }
    }

    private static AwsException invalid(String path, JsonNode value) {
        return new AwsException("InvalidParameterValue", "Value (" + value + ") for parameter " + path + " is invalid.");
    }
}
