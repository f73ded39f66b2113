package dev.netsim.cloudfront.anycast;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One address of an Anycast static IP list. */
@Entity
@Table(name = "cloudfront_anycast_ip")
class AnycastIp extends AssignedIdEntity<String> {

    @Id
    private String address;
    private String listId;

    protected AnycastIp() {
    }

    AnycastIp(String address, String listId) {
        this.address = address;
        this.listId = listId;
    }

    @Override
    public String getId() {
        return address;
    }
}
