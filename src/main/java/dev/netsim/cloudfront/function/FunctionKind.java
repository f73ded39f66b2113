package dev.netsim.cloudfront.function;

/**
 * The two kinds of CloudFront function that share one lifecycle (a DEVELOPMENT stage, a LIVE stage,
 * publish, If-Match): viewer functions, named in their ARN and found by name, answering with
 * their own error codes; and connection functions (run at TLS connection time), with an id of their
 * own in their ARN, found by id, name or ARN, answering with the Entity… codes of CloudFront's newer
 * operations.
 */
public enum FunctionKind {
    VIEWER("function", "NoSuchFunctionExists", "FunctionAlreadyExists", "TooManyFunctions", "FunctionSizeLimitExceeded", "FunctionInUse"),
    CONNECTION("connection-function", "EntityNotFound", "EntityAlreadyExists", "EntityLimitExceeded", "EntitySizeLimitExceeded",
            "CannotDeleteEntityWhileInUse");

    private final String arnType;
    private final String notFound;
    private final String alreadyExists;
    private final String tooMany;
    private final String tooLarge;
    private final String inUse;

    FunctionKind(String arnType, String notFound, String alreadyExists, String tooMany, String tooLarge, String inUse) {
        this.arnType = arnType;
        this.notFound = notFound;
        this.alreadyExists = alreadyExists;
        this.tooMany = tooMany;
        this.tooLarge = tooLarge;
        this.inUse = inUse;
    }

    /** The resource type in the function's ARN, as its {@code kind} column holds it. */
    public String arnType() { return arnType; }
    String notFound() { return notFound; }
    String alreadyExists() { return alreadyExists; }
    String tooMany() { return tooMany; }
    String tooLarge() { return tooLarge; }
    String inUse() { return inUse; }

    String label() {
        return this == VIEWER ? "function" : "connection function";
    }

    static FunctionKind ofArnType(String arnType) {
        return arnType.equals(CONNECTION.arnType) ? CONNECTION : VIEWER;
    }
}
