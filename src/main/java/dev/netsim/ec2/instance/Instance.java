package dev.netsim.ec2.instance;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * An instance. It stores the state it is heading for and since when; what Describe shows is
 * derived: the transitional state (pending, stopping, shutting-down) until the configured delay
 * has passed, then the settled one.
 */
@Entity
@Table(name = "instance")
public class Instance extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String reservationId;
    private String imageId;
    private String instanceType;
    private String vpcId;
    private String subnetId;
    private String availabilityZone;
    private String networkInterfaceId;
    private String keyName;
    private String userData;
    private String clientToken;
    private int amiLaunchIndex;
    private boolean autoPublicIp;
    @Enumerated(EnumType.STRING)
    private InstanceState state;
    private Instant stateChangedAt;
    private Instant launchTime;
    private String httpTokens;
    private String httpEndpoint;
    private int httpPutResponseHopLimit;
    private String placementGroupName;
    private Integer partitionNumber;
    private boolean monitoring;
    private boolean ebsOptimized;
    private boolean hibernationConfigured;
    private boolean disableApiTermination;
    private String cpuCredits;
    private String stateReasonCode;
    private String stateReasonMessage;
    private String stateTransitionReason;

    protected Instance() {
    }

    public Instance(String id, String account, String region, String reservationId, InstanceLaunch launch, String vpcId, String subnetId,
                    String availabilityZone, String networkInterfaceId, int amiLaunchIndex, boolean autoPublicIp, Instant now) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.reservationId = reservationId;
        this.imageId = launch.imageId();
        this.instanceType = launch.instanceType();
        this.keyName = launch.keyName();
        this.userData = launch.userData();
        this.clientToken = launch.clientToken();
        this.httpTokens = launch.httpTokens();
        this.httpEndpoint = launch.httpEndpoint();
        this.httpPutResponseHopLimit = launch.httpPutResponseHopLimit();
        this.vpcId = vpcId;
        this.subnetId = subnetId;
        this.availabilityZone = availabilityZone;
        this.networkInterfaceId = networkInterfaceId;
        this.amiLaunchIndex = amiLaunchIndex;
        this.autoPublicIp = autoPublicIp;
        this.state = InstanceState.RUNNING;
        this.stateChangedAt = now;
        this.launchTime = now;
        this.monitoring = launch.options().monitoring();
        this.ebsOptimized = launch.options().ebsOptimized();
        this.hibernationConfigured = launch.options().hibernation();
        this.disableApiTermination = launch.options().disableApiTermination();
        this.cpuCredits = launch.options().cpuCredits();
    }

    void placeIn(String groupName, Integer partition) {
        this.placementGroupName = groupName;
        this.partitionNumber = partition;
    }

    public String getPlacementGroupName() { return placementGroupName; }
    public Integer getPartitionNumber() { return partitionNumber; }

    public InstanceState stateAt(Instant now, Duration transition) {
        return state.shownAt(stateChangedAt, now, transition);
    }

    /**
     * The instance heads for a settled state at the user's request: stopping and terminating record
     * AWS's user-initiated shutdown as the reason; starting clears it.
     */
    void moveTo(InstanceState settled, Instant now) {
        this.state = settled;
        this.stateChangedAt = now;
        if (settled == InstanceState.RUNNING) {
            this.launchTime = now;
            this.stateReasonCode = null;
            this.stateReasonMessage = null;
            this.stateTransitionReason = null;
        } else {
            this.stateReasonCode = "Client.UserInitiatedShutdown";
            this.stateReasonMessage = "Client.UserInitiatedShutdown: User initiated shutdown";
            this.stateTransitionReason = "User initiated (" + TRANSITION_TIME.format(now) + ")";
        }
    }

    private static final java.time.format.DateTimeFormatter TRANSITION_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(java.time.ZoneOffset.UTC);

    void setDisableApiTermination(boolean on) { this.disableApiTermination = on; }
    void setEbsOptimized(boolean on) { this.ebsOptimized = on; }
    void setCpuCredits(String credits) { this.cpuCredits = credits; }

    public boolean isMonitoring() { return monitoring; }
    public boolean isEbsOptimized() { return ebsOptimized; }
    public boolean isHibernationConfigured() { return hibernationConfigured; }
    public boolean isDisableApiTermination() { return disableApiTermination; }
    /** The CPU credit option set for a burstable instance, null for its type's default. */
    public String getCpuCredits() { return cpuCredits; }
    public String getStateReasonCode() { return stateReasonCode; }
    public String getStateReasonMessage() { return stateReasonMessage; }
    /** Empty while running, as AWS shows it. */
    public String getStateTransitionReason() { return stateTransitionReason == null ? "" : stateTransitionReason; }

    void setInstanceType(String instanceType) {
        this.instanceType = instanceType;
    }

    void setUserData(String userData) {
        this.userData = userData;
    }

    void setMetadataOptions(String httpTokens, String httpEndpoint, int hopLimit) {
        this.httpTokens = httpTokens;
        this.httpEndpoint = httpEndpoint;
        this.httpPutResponseHopLimit = hopLimit;
    }

    public boolean isTerminated() {
        return state == InstanceState.TERMINATED;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getReservationId() { return reservationId; }
    public String getImageId() { return imageId; }
    public String getInstanceType() { return instanceType; }
    public String getVpcId() { return vpcId; }
    public String getSubnetId() { return subnetId; }
    public String getAvailabilityZone() { return availabilityZone; }
    public String getNetworkInterfaceId() { return networkInterfaceId; }
    public String getKeyName() { return keyName; }
    public String getUserData() { return userData; }
    public String getClientToken() { return clientToken; }
    public int getAmiLaunchIndex() { return amiLaunchIndex; }
    public boolean isAutoPublicIp() { return autoPublicIp; }
    public InstanceState getState() { return state; }
    public Instant getStateChangedAt() { return stateChangedAt; }
    public Instant getLaunchTime() { return launchTime; }
    public String getHttpTokens() { return httpTokens; }
    public String getHttpEndpoint() { return httpEndpoint; }
    public int getHttpPutResponseHopLimit() { return httpPutResponseHopLimit; }
}
