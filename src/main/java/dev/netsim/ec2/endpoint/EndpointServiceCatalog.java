package dev.netsim.ec2.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The AWS services a VPC endpoint can reach in a region: S3 and DynamoDB as gateway services, and
 * the commonly used interface services (S3 and DynamoDB also have interface endpoints).
 */
@Component
public class EndpointServiceCatalog {

    static final List<String> GATEWAY_SERVICES = List.of("dynamodb", "s3");
    static final List<String> INTERFACE_SERVICES = List.of("athena", "autoscaling", "dynamodb", "ec2", "ec2messages", "ecr.api", "ecr.dkr",
            "ecs", "elasticloadbalancing", "events", "execute-api", "kms", "lambda", "logs", "monitoring", "rds", "s3", "secretsmanager", "sns",
            "sqs", "ssm", "ssmmessages", "sts");

    /** One endpoint service: a service reachable with endpoints of one type. */
    public record EndpointService(String region, String service, String type) {

        public String serviceName() {
            return "com.amazonaws." + region + "." + service;
        }

        /** Stable per service and type, in the form of AWS's {@code vpce-svc-…} ids. */
        public String serviceId() {
            String hex = UUID.nameUUIDFromBytes((serviceName() + "/" + type).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
            return "vpce-svc-" + hex.substring(0, 17);
        }

        public String baseDnsName() {
            return service + "." + region + ".vpce.amazonaws.com";
        }

        /** The name private DNS answers for an interface endpoint (S3's interface endpoints have none by default). */
        public Optional<String> privateDnsName() {
            return type.equals("Interface") && !service.equals("s3") ? Optional.of(service + "." + region + ".amazonaws.com") : Optional.empty();
        }
    }

    public List<EndpointService> inRegion(String region) {
        List<EndpointService> all = new ArrayList<>();
        GATEWAY_SERVICES.forEach(s -> all.add(new EndpointService(region, s, "Gateway")));
        INTERFACE_SERVICES.forEach(s -> all.add(new EndpointService(region, s, "Interface")));
        all.sort(java.util.Comparator.comparing(EndpointService::serviceName).thenComparing(EndpointService::type));
        return all;
    }

    public Optional<EndpointService> find(String region, String serviceName, String type) {
        return inRegion(region).stream().filter(s -> s.serviceName().equals(serviceName) && s.type().equals(type)).findFirst();
    }
}
