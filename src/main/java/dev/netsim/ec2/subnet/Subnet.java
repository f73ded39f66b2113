package dev.netsim.ec2.subnet;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;

import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.persistence.AssignedIdEntity;

@Entity
@Table(name = "subnet")
public class Subnet extends AssignedIdEntity<String> {

    /** Network, VPC router, DNS, future use and broadcast: AWS reserves five addresses in every subnet. */
    public static final int RESERVED_ADDRESSES = 5;
    /** .0 network, .1 router, .2 DNS, .3 reserved: the first address an interface can have is the fifth. */
    static final int FIRST_USABLE_OFFSET = 4;

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    private String cidrBlock;
    private String availabilityZone;
    private String availabilityZoneId;
    private boolean mapPublicIpOnLaunch;
    private boolean defaultForAz;
    private String state;
    private String ipv6AssociationId;
    private String ipv6CidrBlock;
    private boolean assignIpv6AddressOnCreation;
    /** Derived, never stored: the subnet's rows in private_ip_allocation, counted when the subnet is read. */
    @Formula("(select count(*) from private_ip_allocation a where a.subnet_id = id)")
    private int usedAddressCount;
    /**
     * Every address below this offset is taken, so the search for the lowest free one starts here: a
     * lower bound, not a count, kept by {@link PrivateIpAllocator} under the subnet's row lock.
     */
    private int addressSearchFrom = FIRST_USABLE_OFFSET;
    private Instant createdAt;

    protected Subnet() {
    }

    public Subnet(String id, String account, String region, String vpcId, String cidrBlock, String availabilityZone,
                  String availabilityZoneId, boolean defaultForAz, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.vpcId = vpcId;
        this.cidrBlock = cidrBlock;
        this.availabilityZone = availabilityZone;
        this.availabilityZoneId = availabilityZoneId;
        this.defaultForAz = defaultForAz;
        this.mapPublicIpOnLaunch = defaultForAz; // default subnets hand out public IPs; others don't
        this.state = "available";
        this.createdAt = createdAt;
    }

    public long availableIpAddressCount() {
        return Ipv4Cidr.parseOrNull(cidrBlock).size() - RESERVED_ADDRESSES - usedAddressCount;
    }

    public String arn() {
        return "arn:aws:ec2:" + region + ":" + account + ":subnet/" + id;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getVpcId() { return vpcId; }
    public String getCidrBlock() { return cidrBlock; }
    public String getAvailabilityZone() { return availabilityZone; }
    public String getAvailabilityZoneId() { return availabilityZoneId; }
    public boolean isMapPublicIpOnLaunch() { return mapPublicIpOnLaunch; }
    public boolean isDefaultForAz() { return defaultForAz; }
    public String getState() { return state; }
    public String getIpv6AssociationId() { return ipv6AssociationId; }
    public String getIpv6CidrBlock() { return ipv6CidrBlock; }
    public boolean isAssignIpv6AddressOnCreation() { return assignIpv6AddressOnCreation; }
    public int getUsedAddressCount() { return usedAddressCount; }
    public Instant getCreatedAt() { return createdAt; }

    public void setMapPublicIpOnLaunch(boolean mapPublicIpOnLaunch) { this.mapPublicIpOnLaunch = mapPublicIpOnLaunch; }
    public void setAssignIpv6AddressOnCreation(boolean assign) { this.assignIpv6AddressOnCreation = assign; }

    int addressSearchFrom() {
        return addressSearchFrom;
    }

    /** The addresses below {@code offset} are all taken now. */
    void addressesTakenBelow(int offset) {
        addressSearchFrom = Math.max(addressSearchFrom, offset);
    }

    /** The address at {@code offset} is free again. */
    void addressFreedAt(int offset) {
        addressSearchFrom = Math.min(addressSearchFrom, offset);
    }

    void associateIpv6(String associationId, String cidr) {
        this.ipv6AssociationId = associationId;
        this.ipv6CidrBlock = cidr;
    }

    void disassociateIpv6() {
        this.ipv6AssociationId = null;
        this.ipv6CidrBlock = null;
        this.assignIpv6AddressOnCreation = false;
    }
}
