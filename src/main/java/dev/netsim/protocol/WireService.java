package dev.netsim.protocol;

import java.util.Arrays;
import java.util.Optional;

/** The four AWS services Netsim speaks, with the facts each front door needs to route and render. */
public enum WireService {
    EC2("ec2", "2016-11-15", "http://ec2.amazonaws.com/doc/2016-11-15/", WireDialect.EC2),
    ELBV2("elasticloadbalancing", "2015-12-01", "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/", WireDialect.AWS_QUERY),
    ROUTE53("route53", "2013-04-01", "https://route53.amazonaws.com/doc/2013-04-01/", WireDialect.REST_XML),
    CLOUDFRONT("cloudfront", "2020-05-31", "http://cloudfront.amazonaws.com/doc/2020-05-31/", WireDialect.REST_XML);

    private final String signingName;
    private final String apiVersion;
    private final String namespace;
    private final WireDialect dialect;

    WireService(String signingName, String apiVersion, String namespace, WireDialect dialect) {
        this.signingName = signingName;
        this.apiVersion = apiVersion;
        this.namespace = namespace;
        this.dialect = dialect;
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

    /** The query-protocol service for a {@code Version} parameter. */
    public static Optional<WireService> forQueryVersion(String version) {
        return Arrays.stream(values()).filter(s -> s.dialect != WireDialect.REST_XML && s.apiVersion.equals(version)).findFirst();
    }

    public static Optional<WireService> forSigningName(String name) {
        return Arrays.stream(values()).filter(s -> s.signingName.equals(name)).findFirst();
    }
}
