package dev.netsim.protocol.query;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import dev.netsim.common.AwsException;
import dev.netsim.protocol.WireDialect;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Fills an SDK request builder from flattened query parameters ({@code Filter.1.Value.2},
 * {@code Subnets.member.1}) by walking the request shape's own wire metadata. Works for any action
 * of the EC2 dialect and of awsQuery; nothing here is written per action.
 */
public final class QueryBinder {

    private final NavigableMap<String, String> params;
    private final WireDialect dialect;
    private final Set<String> consumed = new HashSet<>();

    private QueryBinder(NavigableMap<String, String> params, WireDialect dialect) {
        this.params = params;
        this.dialect = dialect;
    }

    /**
     * @param params   decoded parameters without {@code Action} and {@code Version}
     * @return the built request
     * @throws AwsException {@code InvalidParameterValue} for a value of the wrong type;
     *                      {@code UnknownParameter} (EC2) for a parameter the action does not have
     */
    public static Object bind(SdkPojo requestBuilder, java.util.Map<String, String> params, WireDialect dialect) {
        QueryBinder binder = new QueryBinder(new TreeMap<>(params), dialect);
        binder.fill(requestBuilder, "");
        if (dialect == WireDialect.EC2) {
            binder.rejectUnconsumed();
        }
        return ((SdkBuilder<?, ?>) requestBuilder).build();
    }

    private void fill(SdkPojo builder, String prefix) {
        for (SdkField<?> field : builder.sdkFields()) {
            if (field.location() != MarshallLocation.PAYLOAD) {
                continue;
            }
            String name = prefix + field.locationName();
            Object value = read(field, name);
            if (value != null) {
                field.set(builder, value);
            }
        }
    }

    private Object read(SdkField<?> field, String name) {
        return switch (field.marshallingType().getKnownType()) {
            case LIST -> readList(field, name);
            case SDK_POJO -> hasChildren(name) ? readPojo(field.constructor().get(), name + ".") : null;
            case MAP -> null; // no query action Netsim serves takes a map; leftovers are reported as unknown
            default -> {
                String raw = params.get(name);
                if (raw == null) {
                    yield null;
                }
                consumed.add(name);
                yield convert(field, raw, name);
            }
        };
    }

    private Object readPojo(SdkPojo nested, String prefix) {
        fill(nested, prefix);
        return ((SdkBuilder<?, ?>) nested).build();
    }

    private List<Object> readList(SdkField<?> field, String name) {
        ListTrait trait = field.getTrait(ListTrait.class);
        SdkField<?> member = trait.memberFieldInfo();
        String itemPrefix = name;
        if (dialect == WireDialect.AWS_QUERY && !trait.isFlattened()) {
            itemPrefix = name + "." + (member.locationName() == null ? "member" : member.locationName());
            if (params.containsKey(name) && params.get(name).isEmpty()) {
                consumed.add(name); // awsQuery sends a bare "Key=" for an explicitly empty list
                return new ArrayList<>();
            }
        }
        List<Object> items = new ArrayList<>();
        for (int i = 1; ; i++) {
            String itemName = itemPrefix + "." + i;
            Object item;
            if (member.marshallingType().getKnownType() == software.amazon.awssdk.core.protocol.MarshallingKnownType.SDK_POJO) {
                item = hasChildren(itemName) ? readPojo(member.constructor().get(), itemName + ".") : null;
            } else {
                String raw = params.get(itemName);
                if (raw != null) {
                    consumed.add(itemName);
                }
                item = raw == null ? null : convert(member, raw, itemName);
            }
            if (item == null) {
                break;
            }
            items.add(item);
        }
        return items.isEmpty() ? null : items;
    }

    private boolean hasChildren(String name) {
        return !params.subMap(name + ".", true, name + "/", false).isEmpty();
    }

    private static Object convert(SdkField<?> field, String raw, String name) {
        try {
            return switch (field.marshallingType().getKnownType()) {
                case STRING -> raw;
                case INTEGER -> Integer.valueOf(raw.trim());
                case LONG -> Long.valueOf(raw.trim());
                case SHORT -> Short.valueOf(raw.trim());
                case BYTE -> Byte.valueOf(raw.trim());
                case DOUBLE -> Double.valueOf(raw.trim());
                case FLOAT -> Float.valueOf(raw.trim());
                case BIG_DECIMAL -> new java.math.BigDecimal(raw.trim());
                case BOOLEAN -> parseBoolean(raw, name);
                case INSTANT -> Instant.parse(raw.trim());
                case SDK_BYTES -> SdkBytes.fromByteArray(Base64.getMimeDecoder().decode(raw));
                default -> throw invalid(name, raw);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(name, raw);
        } catch (IllegalArgumentException e) {
            throw invalid(name, raw);
        }
    }

    private static Boolean parseBoolean(String raw, String name) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        throw invalid(name, raw);
    }

    private static AwsException invalid(String name, String raw) {
        return new AwsException("InvalidParameterValue", "Value (" + raw + ") for parameter " + name + " is invalid.");
    }

    private void rejectUnconsumed() {
        for (String key : params.keySet()) {
            if (!consumed.contains(key)) {
                throw new AwsException("UnknownParameter", "The parameter " + key + " is not recognized");
            }
        }
    }
}
