package dev.netsim.common.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Values kept in a text column as JSON (a path's filters, an analysis result, a listener's actions); null stays null. */
public final class StoredJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredJson() {
    }

    public static String write(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }

    /** A JSON array of {@code element}s; null is the empty list. */
    public static <T> List<T> readList(String json, Class<T> element) {
        return json == null ? List.of() : JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, element));
    }

    /** A JSON object of strings, in its stored order; null is the empty map. */
    public static Map<String, String> readStringMap(String json) {
        return json == null ? new LinkedHashMap<>()
                : JSON.readValue(json, JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class));
    }
}
