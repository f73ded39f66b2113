package dev.netsim.ec2.insights;

import tools.jackson.databind.json.JsonMapper;

/** Values kept in a text column as JSON (a path's filters, an analysis result); null stays null. */
final class StoredJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredJson() {
    }

    static String write(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }
}
