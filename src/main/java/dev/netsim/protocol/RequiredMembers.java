package dev.netsim.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members the AWS models mark required, for every operation's input and the structures inside
 * it ({@code aws/required-members.json}, written by {@code scripts/required-members.py} from
 * botocore: the SDK's classes do not carry them). A request without one is refused before any
 * handler runs, with the protocol's own error, whichever door it came through.
 */
@Component
public class RequiredMembers {

    private record ServiceModel(Map<String, Set<String>> operations, Map<String, Set<String>> structures) {
    }

    private final Map<String, ServiceModel> services;

    public RequiredMembers() {
        try (InputStream in = RequiredMembers.class.getResourceAsStream("/aws/required-members.json")) {
            services = JsonMapper.builder().build().readValue(in, new TypeReference<Map<String, ServiceModel>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("aws/required-members.json is unreadable", e);
        }
    }

    /**
     * @throws AwsException {@code MissingParameter} (EC2, awsQuery), {@code InvalidInput} (Route 53)
     *                      or {@code InvalidArgument} (CloudFront), naming the first missing member
     */
    public void check(WireService service, String operation, SdkPojo request) {
        ServiceModel model = services.get(service.signingName());
        if (model != null) {
            check(service, model, model.operations().getOrDefault(operation, Set.of()), request, "");
        }
    }

    private void check(WireService service, ServiceModel model, Set<String> required, SdkPojo pojo, String prefix) {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            String path = prefix + wireName(field);
            if (value == null || value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>) {
                if (required.contains(field.memberName())) {
                    throw missing(service, path);
                }
            } else if (value instanceof SdkPojo nested) {
                check(service, model, structure(model, nested), nested, path + ".");
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof SdkPojo item) {
                        check(service, model, structure(model, item), item, path + listItem(service) + (i + 1) + ".");
                    }
                }
            }
        }
    }

    private static Set<String> structure(ServiceModel model, SdkPojo pojo) {
        return model.structures().getOrDefault(pojo.getClass().getSimpleName(), Set.of());
    }

    /** How the wire names an item of a list: {@code Tag.1} on EC2, {@code Tags.member.1} in awsQuery. */
    private static String listItem(WireService service) {
        return service.dialect() == WireDialect.AWS_QUERY ? ".member." : ".";
    }

    private static String wireName(SdkField<?> field) {
        return field.location() == MarshallLocation.PAYLOAD && field.locationName() != null ? field.locationName() : field.memberName();
    }

    private static AwsException missing(WireService service, String path) {
        return switch (service.dialect()) {
            case EC2, AWS_QUERY -> new AwsException("MissingParameter", "The request must contain the parameter " + path);
            case REST_XML -> new AwsException(service == WireService.ROUTE53 ? "InvalidInput" : "InvalidArgument",
                    "The request must contain the element " + path);
        };
    }
}
