package dev.netsim.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.protocol.xml.SafeXml;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every request must satisfy before any handler runs, whichever door it came through:
 * <ul>
 *   <li>the members the AWS models mark required, for each operation's input and the structures
 *   inside it ({@code aws/required-members.json}, written by {@code scripts/required-members.py}
 *   from botocore: the SDK's classes do not carry them);</li>
 *   <li>text XML can carry: a control character stored in a tag would make every later response
 *   that shows it unwritable, so AWS's XML services cannot accept one.</li>
 * </ul>
 * Failures get the protocol's own error: {@code MissingParameter} / {@code InvalidParameterValue}
 * (EC2), {@code ValidationError} / {@code InvalidParameterValue} (ELBv2), {@code InvalidInput}
 * (Route 53), {@code InvalidArgument} (CloudFront).
 */
@Component
public class RequestValidator {

    private record ServiceModel(Map<String, Set<String>> operations, Map<String, Set<String>> structures) {
    }

    private static final ServiceModel NO_MODEL = new ServiceModel(Map.of(), Map.of());

    private final Map<String, ServiceModel> services;

    public RequestValidator() {
        try (InputStream in = RequestValidator.class.getResourceAsStream("/aws/required-members.json")) {
            services = JsonMapper.builder().build().readValue(in, new TypeReference<Map<String, ServiceModel>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("aws/required-members.json is unreadable", e);
        }
    }

    /** @throws AwsException naming the first member that is missing or holds text XML cannot carry */
    public void check(WireService service, String operation, SdkPojo request) {
        ServiceModel model = services.getOrDefault(service.signingName(), NO_MODEL);
        check(service, model, model.operations().getOrDefault(operation, Set.of()), request, "");
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
                    String itemPath = path + listItem(service) + (i + 1);
                    if (list.get(i) instanceof SdkPojo item) {
                        check(service, model, structure(model, item), item, itemPath + ".");
                    } else {
                        checkText(service, itemPath, list.get(i));
                    }
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    checkText(service, path, k);
                    checkText(service, path + "." + k, v);
                });
            } else {
                checkText(service, path, value);
            }
        }
    }

    private static void checkText(WireService service, String path, Object value) {
        if (value instanceof String text && !SafeXml.isXmlText(text)) {
            throw new AwsException(service.invalidInputCode(),
                    "Value for parameter " + path + " contains a control or non-character code point, which AWS does not accept.");
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
        return field.locationName() != null ? field.locationName() : field.memberName();
    }

    private static AwsException missing(WireService service, String path) {
        if (service.dialect() == WireDialect.AWS_QUERY) {
            // ELBv2 words it as its other constraint errors, naming the member in lower camel case
            return new AwsException(service.missingMemberCode(), "1 validation error detected: Value null at '" + lowerCamel(path)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        String noun = service.dialect() == WireDialect.REST_XML ? "element" : "parameter";
        return new AwsException(service.missingMemberCode(), "The request must contain the " + noun + " " + path);
    }

    private static String lowerCamel(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("\\.")) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(part.isEmpty() ? part : Character.toLowerCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
