package dev.netsim.ec2.subnet;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A private IPv4 address of a subnet and what holds it (an ENI, a NAT gateway …). */
@Entity
@Table(name = "private_ip_allocation")
@IdClass(PrivateIpAllocation.Key.class)
public class PrivateIpAllocation extends AssignedIdEntity<PrivateIpAllocation.Key> {

    @Id
    private String subnetId;
    @Id
    private String address;
    private String ownerId;
    /** Places after the subnet's network address: what the lowest-free search orders by. */
    private int addressOffset;

    protected PrivateIpAllocation() {
    }

    PrivateIpAllocation(String subnetId, String address, int addressOffset, String ownerId) {
        this.subnetId = subnetId;
        this.address = address;
        this.addressOffset = addressOffset;
        this.ownerId = ownerId;
    }

    public String getSubnetId() { return subnetId; }
    public String getAddress() { return address; }
    public String getOwnerId() { return ownerId; }
    public int getAddressOffset() { return addressOffset; }

    @Override
    public Key getId() {
        return new Key(subnetId, address);
    }

    public record Key(String subnetId, String address) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
