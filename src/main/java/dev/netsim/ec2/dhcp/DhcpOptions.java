package dev.netsim.ec2.dhcp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A DHCP options set: keys (domain-name, domain-name-servers, …) with their ordered values. */
@Entity
@Table(name = "dhcp_options")
public class DhcpOptions extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dhcp_options_value", joinColumns = @JoinColumn(name = "dhcp_options_id"))
    @OrderColumn(name = "position")
    private List<DhcpOptionValue> values = new ArrayList<>();

    protected DhcpOptions() {
    }

    public DhcpOptions(String id, String account, String region, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.createdAt = createdAt;
    }

    /** Values grouped by key, in the order they were given. */
    public Map<String, List<String>> configurations() {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        values.forEach(v -> byKey.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(v.getValue()));
        return byKey;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public List<DhcpOptionValue> getValues() { return values; }
}
