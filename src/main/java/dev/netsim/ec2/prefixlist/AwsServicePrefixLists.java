package dev.netsim.ec2.prefixlist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The AWS-managed prefix lists of a region: {@code com.amazonaws.<region>.s3} and
 * {@code com.amazonaws.<region>.dynamodb}, owned by "AWS", read-only, what gateway endpoints route to.
 * In us-east-1 ids and CIDRs are AWS's own; other regions get stable derived ids and the same
 * CIDRs (docs/decisions.md).
 */
@Component
public class AwsServicePrefixLists {

    static final String OWNER = "AWS";
    private static final List<String> SERVICES = List.of("dynamodb", "s3");
    private static final Map<String, String> US_EAST_1_IDS = Map.of("s3", "pl-63a5400a", "dynamodb", "pl-02cd2c6b");
    private static final Map<String, List<String>> CIDRS = Map.of(
            "s3", List.of("16.15.192.0/18", "3.5.0.0/19", "44.192.134.240/28", "44.192.140.64/28", "52.216.0.0/15", "54.231.0.0/16"),
            "dynamodb", List.of("3.218.180.0/23", "3.218.182.0/24", "52.119.224.0/20", "52.94.0.0/22"));

    /** One AWS-managed list. */
    public record AwsPrefixList(String id, String service, String name, List<String> cidrs) {
    }

    public List<AwsPrefixList> inRegion(String region) {
        return SERVICES.stream().map(service -> forService(region, service)).toList();
    }

    public AwsPrefixList forService(String region, String service) {
        return new AwsPrefixList(id(region, service), service, "com.amazonaws." + region + "." + service, CIDRS.get(service));
    }

    /** The service ("s3", "dynamodb") of an endpoint service name such as {@code com.amazonaws.us-east-1.s3}, if it has a list. */
    public java.util.Optional<String> serviceOf(String region, String serviceName) {
        return SERVICES.stream().filter(s -> ("com.amazonaws." + region + "." + s).equals(serviceName)).findFirst();
    }

    private static String id(String region, String service) {
        if (region.equals("us-east-1")) {
            return US_EAST_1_IDS.get(service);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((region + "/" + service).getBytes(StandardCharsets.UTF_8));
            return "pl-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
