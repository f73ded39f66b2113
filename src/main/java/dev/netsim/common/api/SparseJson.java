package dev.netsim.common.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

/**
 * The JSON API renders engine records as they are, leaving out the members a record does not have
 * in this answer (an ACL hop has no route, a forward no redirect location), so a curl answer stays
 * readable. The engines themselves know nothing of JSON.
 */
public final class SparseJson {

    private SparseJson() {
    }

    public static JsonMapperBuilderCustomizer leaveOutEmptyMembersOf(List<Class<?>> types) {
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY);
        return builder -> types.forEach(type -> builder.withConfigOverride(type, o -> o.setInclude(nonEmpty)));
    }
}
