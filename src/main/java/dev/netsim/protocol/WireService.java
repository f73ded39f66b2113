package dev.netsim.protocol;

import java.util.Arrays;
import java.util.Optional;

/** The four AWS services Netsim speaks, with the facts each front door needs to route and render. */
public enum WireService {
    EC2("ec2", "2016-11-15", "http://ec2.amazonaws.com/doc/2016-11-15/", WireDialect.EC2, "InvalidParameterValue"),
    ELBV2("elasticloadbalancing", "2015-12-01", "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/", WireDialect.AWS_QUERY,
            "InvalidParameterValue"),
    ROUTE53("route53", "2013-04-01", "https://route53.amazonaws.com/doc/2013-04-01/", WireDialect.REST_XML, "InvalidInput"),
    CLOUDFRONT("cloudfront", "2020-05-31", "http://cloudfront.amazonaws.com/doc/2020-05-31/", WireDialect.REST_XML, "InvalidArgument");

    private final String signingName;
    private final String apiVersion;
    private final String namespace;
    private final WireDialect dialect;
    private final String invalidInputCode;

    WireService(String signingName, String apiVersion, String namespace, WireDialect dialect, String invalidInputCode) {
        this.signingName = signingName;
        this.apiVersion = apiVersion;
        this.namespace = namespace;
        this.dialect = dialect;
        this.invalidInputCode = invalidInputCode;
    }

    public String signingName() {
        return signingName;
    }

    public String namespace() {
        return namespace;
    }

    public WireDialect dialect() {
        return dialect;
    }

    /** The service's error for a value or document it cannot accept (its model's generic one). */
    public String invalidInputCode() {
        return invalidInputCode;
    }

    /**
     * The service's error for a required member left out: EC2's MissingParameter, awsQuery's
     * (ELBv2's) ValidationError, the REST services' invalid-input error.
     */
    public String missingMemberCode() {
        return switch (dialect) {
            case REST_XML -> invalidInputCode;
            case AWS_QUERY -> "ValidationError";
            default -> "MissingParameter";
        };
    }

    /** The query-protocol service for a {@code Version} parameter. */
    public static Optional<WireService> forQueryVersion(String version) {
        return Arrays.stream(values()).filter(s -> s.dialect != WireDialect.REST_XML && s.apiVersion.equals(version)).findFirst();
    }

    public static Optional<WireService> forSigningName(String name) {
        return Arrays.stream(values()).filter(s -> s.signingName.equals(name)).findFirst();
    }
}
