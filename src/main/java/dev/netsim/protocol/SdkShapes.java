package dev.netsim.protocol;

import java.util.Optional;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reading and filling SDK model objects by member name, for handlers that serve many operations of
 * one pattern from the model ({@link ModelDrivenActions}).
 */
public final class SdkShapes {

    private SdkShapes() {
    }

    public static Optional<SdkField<?>> field(SdkPojo pojo, String member) {
        return pojo.sdkFields().stream().filter(f -> f.memberName().equals(member)).findFirst();
    }

    /** The member's value, or null when the shape has no such member or it is unset. */
    public static Object get(SdkPojo pojo, String member) {
        return field(pojo, member).map(f -> f.getValueOrDefault(pojo)).orElse(null);
    }

    /** Sets the member when the builder's shape has it; shapes differ in which members they carry. */
    public static void set(SdkPojo builder, String member, Object value) {
        field(builder, member).ifPresent(f -> f.set(builder, value));
    }

    /** A builder of the nested shape a member holds. */
    public static SdkPojo builderOf(SdkField<?> field) {
        return field.constructor().get();
    }

    /** A builder of a model class ({@code CachePolicyConfig.builder()}). */
    public static SdkPojo builderOf(Class<?> type) {
        try {
            return (SdkPojo) type.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no builder for " + type, e);
        }
    }

    public static SdkPojo build(SdkPojo builder) {
        return (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
    }
}
