package dev.netsim.elbv2.loadbalancer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;

/** An application, network or gateway load balancer; its zones, groups and attributes are small documents kept whole. */
@Entity
@Table(name = "load_balancer")
public class LoadBalancer extends AssignedIdEntity<String> {

    /**
     * One enabled zone: the subnet the load balancer's node lives in, the Elastic IP or private
     * address an NLB was given there, and the node's network interface (null until it is placed).
     */
    public record Zone(String zoneName, String subnetId, String allocationId, String privateIpv4Address, String networkInterfaceId) {

        Zone withInterface(String interfaceId) {
            return new Zone(zoneName, subnetId, allocationId, privateIpv4Address, interfaceId);
        }
    }

    @Id
    private String arn;
    private String account;
    private String region;
    private String name;
    private String type;
    private String scheme;
    private String ipAddressType;
    private String vpcId;
    private String dnsName;
    private String canonicalHostedZoneId;
    private String zones;
    private String securityGroups;
    private String attributes;
    private Integer minimumCapacityUnits;
    private Instant createdAt;

    protected LoadBalancer() {
    }

    LoadBalancer(String arn, String account, String region, String name, String type, String scheme, String ipAddressType, String vpcId,
                 String dnsName, String canonicalHostedZoneId, List<Zone> zones, List<String> securityGroups,
                 Map<String, String> attributes, Instant createdAt) {
        this.arn = arn;
        this.account = account;
        this.region = region;
        this.name = name;
        this.type = type;
        this.scheme = scheme;
        this.ipAddressType = ipAddressType;
        this.vpcId = vpcId;
        this.dnsName = dnsName;
        this.canonicalHostedZoneId = canonicalHostedZoneId;
        this.zones = StoredJson.write(zones);
        this.securityGroups = StoredJson.write(securityGroups);
        this.attributes = StoredJson.write(attributes);
        this.createdAt = createdAt;
    }

    public String getArn() { return arn; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getName() { return name; }
    public String getType() { return type; }
    public String getScheme() { return scheme; }
    public String getIpAddressType() { return ipAddressType; }
    public String getVpcId() { return vpcId; }
    public String getDnsName() { return dnsName; }
    public String getCanonicalHostedZoneId() { return canonicalHostedZoneId; }
    public Instant getCreatedAt() { return createdAt; }

    public List<Zone> zones() {
        return StoredJson.readList(zones, Zone.class);
    }

    public List<String> securityGroups() {
        return StoredJson.readList(securityGroups, String.class);
    }

    public Map<String, String> attributes() {
        return StoredJson.readStringMap(attributes);
    }

    void setZones(List<Zone> zones) {
        this.zones = StoredJson.write(zones);
    }

    void setSecurityGroups(List<String> securityGroups) {
        this.securityGroups = StoredJson.write(securityGroups);
    }

    void setIpAddressType(String ipAddressType) {
        this.ipAddressType = ipAddressType;
    }

    /** The capacity reserved with ModifyCapacityReservation, or null when none is. */
    public Integer getMinimumCapacityUnits() { return minimumCapacityUnits; }

    void setMinimumCapacityUnits(Integer units) {
        this.minimumCapacityUnits = units;
    }

    void setAttributes(Map<String, String> attributes) {
        this.attributes = StoredJson.write(attributes);
    }

    @Override
    public String getId() {
        return arn;
    }
}
