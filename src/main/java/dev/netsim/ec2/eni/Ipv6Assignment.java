package dev.netsim.ec2.eni;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** An IPv6 address of a subnet held by a network interface. */
@Entity
@Table(name = "network_interface_ipv6_address")
@IdClass(Ipv6Assignment.Key.class)
public class Ipv6Assignment extends AssignedIdEntity<Ipv6Assignment.Key> {

    /** One address of one subnet. */
    public record Key(String subnetId, String address) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String subnetId;
    @Id
    private String address;
    private String interfaceId;

    protected Ipv6Assignment() {
    }

    Ipv6Assignment(String subnetId, String address, String interfaceId) {
        this.subnetId = subnetId;
        this.address = address;
        this.interfaceId = interfaceId;
    }

    @Override
    public Key getId() {
        return new Key(subnetId, address);
    }

    public String getAddress() { return address; }
    public String getInterfaceId() { return interfaceId; }
}
