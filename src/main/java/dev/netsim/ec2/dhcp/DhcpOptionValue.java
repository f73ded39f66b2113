package dev.netsim.ec2.dhcp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class DhcpOptionValue {

    @Column(name = "option_key")
    private String key;
    @Column(name = "option_value")
    private String value;

    protected DhcpOptionValue() {
    }

    public DhcpOptionValue(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
}
