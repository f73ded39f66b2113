package dev.netsim.route53.record;

import java.util.List;

/** The record types of the Route 53 API ({@code RRType}), for the places outside record sets that name one. */
public final class ChangeShapeTypes {

    private ChangeShapeTypes() {
    }

    public static boolean isType(String type) {
        return ChangeShape.TYPES.contains(type);
    }

    public static List<String> sorted() {
        return ChangeShape.TYPES.stream().sorted().toList();
    }
}
