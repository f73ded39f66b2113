package dev.netsim.simulation.loadbalancing;

/** The engine's enums go by the names the ELBv2 API gives their values ({@code round_robin}, {@code unhealthy}). */
interface ApiNamed {

    String apiName();

    static <E extends Enum<E> & ApiNamed> E of(Class<E> type, String apiName) {
        for (E value : type.getEnumConstants()) {
            if (value.apiName().equals(apiName)) {
                return value;
            }
        }
        throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + apiName);
    }
}
