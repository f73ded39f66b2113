package dev.netsim.ec2.vpc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import dev.netsim.common.persistence.AssignedIdEntity;

@Entity
@Table(name = "vpc")
public class Vpc extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String cidrBlock;
    private String state;
    private String instanceTenancy;
    @Column(name = "is_default")
    private boolean defaultVpc;
    private String dhcpOptionsId;
    private boolean enableDnsSupport;
    private boolean enableDnsHostnames;
    private boolean enableNetworkAddressUsageMetrics;
    private Instant createdAt;

    @OneToMany(mappedBy = "vpc", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("primaryBlock desc, associationId")
    private List<VpcCidrBlock> cidrBlocks = new ArrayList<>();

    // a second eager bag must come by its own select: Hibernate cannot join-fetch two bags at once
    @OneToMany(mappedBy = "vpc", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("associationId")
    private List<VpcIpv6CidrBlock> ipv6CidrBlocks = new ArrayList<>();

    protected Vpc() {
    }

    public Vpc(String id, String account, String region, String cidrBlock, String instanceTenancy, boolean defaultVpc, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.cidrBlock = cidrBlock;
        this.state = "available";
        this.instanceTenancy = instanceTenancy;
        this.defaultVpc = defaultVpc;
        this.dhcpOptionsId = "default";
        this.enableDnsSupport = true;
        this.enableDnsHostnames = defaultVpc; // AWS: hostnames are on only in the default VPC
        this.createdAt = createdAt;
    }

    public void addCidrBlock(String associationId, String cidr, boolean primary) {
        cidrBlocks.add(new VpcCidrBlock(associationId, this, cidr, primary));
    }

    public VpcIpv6CidrBlock addIpv6CidrBlock(String associationId, String cidr, String pool) {
        VpcIpv6CidrBlock block = new VpcIpv6CidrBlock(associationId, this, cidr, pool, region);
        ipv6CidrBlocks.add(block);
        return block;
    }

    /** Every block routes in the VPC know as local: IPv4 and IPv6. */
    public List<String> localCidrs() {
        List<String> all = new ArrayList<>(cidrBlocks.stream().map(VpcCidrBlock::getCidrBlock).toList());
        ipv6CidrBlocks.forEach(b -> all.add(b.getIpv6CidrBlock()));
        return all;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getCidrBlock() { return cidrBlock; }
    public String getState() { return state; }
    public String getInstanceTenancy() { return instanceTenancy; }
    public boolean isDefaultVpc() { return defaultVpc; }
    public String getDhcpOptionsId() { return dhcpOptionsId; }
    public boolean isEnableDnsSupport() { return enableDnsSupport; }
    public boolean isEnableDnsHostnames() { return enableDnsHostnames; }
    public boolean isEnableNetworkAddressUsageMetrics() { return enableNetworkAddressUsageMetrics; }
    public Instant getCreatedAt() { return createdAt; }
    public List<VpcCidrBlock> getCidrBlocks() { return cidrBlocks; }
    public List<VpcIpv6CidrBlock> getIpv6CidrBlocks() { return ipv6CidrBlocks; }

    public void setDhcpOptionsId(String dhcpOptionsId) { this.dhcpOptionsId = dhcpOptionsId; }
    public void setEnableDnsSupport(boolean enableDnsSupport) { this.enableDnsSupport = enableDnsSupport; }
    public void setEnableDnsHostnames(boolean enableDnsHostnames) { this.enableDnsHostnames = enableDnsHostnames; }
    public void setEnableNetworkAddressUsageMetrics(boolean on) { this.enableNetworkAddressUsageMetrics = on; }

    /** ModifyVpcTenancy: a dedicated VPC may become default (the only change AWS allows). */
    public void setInstanceTenancy(String instanceTenancy) { this.instanceTenancy = instanceTenancy; }
}
