package dev.netsim.cloudfront.resource;

import java.util.List;

import dev.netsim.common.AwsException;
import dev.netsim.protocol.SdkShapes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * CloudFront's lists travel as {@code Quantity} and {@code Items}; AWS refuses a document where the
 * two disagree anywhere with {@code InconsistentQuantities}.
 */
public final class Quantities {

    private Quantities() {
    }

    public static void check(SdkPojo document) {
        Object quantity = SdkShapes.get(document, "Quantity");
        if (quantity instanceof Integer q && document.sdkFields().stream().anyMatch(f -> f.memberName().equals("Items"))) {
            Object items = SdkShapes.get(document, "Items");
            int size = items instanceof List<?> list ? list.size() : 0;
            if (q != size) {
                throw new AwsException("InconsistentQuantities", "The value of Quantity (" + q + ") and the size of Items (" + size
                        + ") don't match.");
            }
        }
        for (SdkField<?> field : document.sdkFields()) {
            Object value = field.getValueOrDefault(document);
            if (value instanceof SdkPojo nested) {
                check(nested);
            } else if (value instanceof List<?> list) {
                list.stream().filter(SdkPojo.class::isInstance).map(SdkPojo.class::cast).forEach(Quantities::check);
            }
        }
    }
}
