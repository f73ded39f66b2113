package dev.netsim.ec2.instance;

/** EC2 instance states with their API codes. */
public enum InstanceState {
    PENDING(0, "pending"),
    RUNNING(16, "running"),
    SHUTTING_DOWN(32, "shutting-down"),
    TERMINATED(48, "terminated"),
    STOPPING(64, "stopping"),
    STOPPED(80, "stopped");

    private final int code;
    private final String apiName;

    InstanceState(int code, String apiName) {
        this.code = code;
        this.apiName = apiName;
    }

    public int code() {
        return code;
    }

    public String apiName() {
        return apiName;
    }

    /** The state an instance stored as {@code this} since {@code changedAt} shows at {@code now}: transitional until the change settles. */
    public InstanceState shownAt(java.time.Instant changedAt, java.time.Instant now, java.time.Duration transition) {
        return now.isBefore(changedAt.plus(transition)) ? transitional() : this;
    }

    /** The state an instance shows while it moves towards this settled state. */
    public InstanceState transitional() {
        return switch (this) {
            case RUNNING -> PENDING;
            case STOPPED -> STOPPING;
            case TERMINATED -> SHUTTING_DOWN;
            default -> this;
        };
    }
}
