package dev.netsim.ec2.eni;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import dev.netsim.common.persistence.AssignedIdEntity;

/** An elastic network interface: a private address in a subnet, security groups, maybe a public address. */
@Entity
@Table(name = "network_interface")
public class NetworkInterface extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    private String subnetId;
    private String availabilityZone;
    private String description;
    private String privateIp;
    private String macAddress;
    private boolean sourceDestCheck;
    private String interfaceType;
    private String requesterId;
    private String attachmentId;
    private String instanceId;
    private Integer deviceIndex;
    private Instant attachTime;
    private Boolean deleteOnTermination;
    private String publicIp;
    private boolean autoPublicIp;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "network_interface_group", joinColumns = @JoinColumn(name = "network_interface_id"))
    @Column(name = "group_id")
    @OrderBy
    private List<String> groupIds = new ArrayList<>();

    protected NetworkInterface() {
    }

    public NetworkInterface(String id, String account, String region, String vpcId, String subnetId, String availabilityZone,
                            String privateIp, String macAddress, List<String> groupIds, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.vpcId = vpcId;
        this.subnetId = subnetId;
        this.availabilityZone = availabilityZone;
        this.privateIp = privateIp;
        this.macAddress = macAddress;
        this.groupIds.addAll(groupIds);
        this.sourceDestCheck = true;
        this.interfaceType = "interface";
        this.description = "";
        this.createdAt = createdAt;
    }

    /** An interface an AWS service creates and owns (a VPC endpoint's, …): the user cannot delete or detach it. */
    void manageFor(String interfaceType, String description, String requesterId) {
        this.interfaceType = interfaceType;
        this.description = description;
        this.requesterId = requesterId;
    }

    /** A service's interface: of a service type (vpc_endpoint, …), or of type interface asked for by a service (amazon-elb). */
    public boolean isRequesterManaged() {
        return requesterId != null || !interfaceType.equals("interface");
    }

    public String getRequesterId() { return requesterId; }

    void detach() {
        this.attachmentId = null;
        this.instanceId = null;
        this.deviceIndex = null;
        this.attachTime = null;
        this.deleteOnTermination = null;
    }

    void attach(String attachmentId, String instanceId, int deviceIndex, Instant when) {
        this.attachmentId = attachmentId;
        this.instanceId = instanceId;
        this.deviceIndex = deviceIndex;
        this.attachTime = when;
        this.deleteOnTermination = deviceIndex == 0; // the primary interface goes with its instance, others stay
    }

    /** The interface's public address comes from the pool at launch (not from an Elastic IP). */
    void markAutoPublicIp() {
        this.autoPublicIp = true;
    }

    public boolean isAutoPublicIp() { return autoPublicIp; }

    void assignPublicIp(String publicIp) {
        this.publicIp = publicIp;
    }

    void replaceGroups(java.util.List<String> newGroupIds) {
        groupIds.clear();
        groupIds.addAll(newGroupIds);
    }

    void setSourceDestCheck(boolean sourceDestCheck) {
        this.sourceDestCheck = sourceDestCheck;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public String status() {
        return instanceId == null ? "available" : "in-use";
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getVpcId() { return vpcId; }
    public String getSubnetId() { return subnetId; }
    public String getAvailabilityZone() { return availabilityZone; }
    public String getDescription() { return description; }
    public String getPrivateIp() { return privateIp; }
    public String getMacAddress() { return macAddress; }
    public boolean isSourceDestCheck() { return sourceDestCheck; }
    public String getInterfaceType() { return interfaceType; }
    public String getAttachmentId() { return attachmentId; }
    public String getInstanceId() { return instanceId; }
    public Integer getDeviceIndex() { return deviceIndex; }
    public Instant getAttachTime() { return attachTime; }
    public Boolean getDeleteOnTermination() { return deleteOnTermination; }
    public String getPublicIp() { return publicIp; }
    public List<String> getGroupIds() { return groupIds; }
}
