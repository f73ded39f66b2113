package dev.netsim.ec2.insights;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A path to analyse (CreateNetworkInsightsPath): its ends, addresses, protocol, port and filters (as JSON). */
@Entity
@Table(name = "network_insights_path")
public class NetworkInsightsPath extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String source;
    private String destination;
    private String sourceIp;
    private String destinationIp;
    private String protocol;
    private Integer destinationPort;
    private String filterAtSource;
    private String filterAtDestination;
    private String clientToken;
    private Instant createdAt;

    protected NetworkInsightsPath() {
    }

    NetworkInsightsPath(String id, String account, String region, ReachabilityService.PathInput path, String filterAtSource,
                        String filterAtDestination, String clientToken, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.source = path.source();
        this.destination = path.destination();
        this.sourceIp = path.sourceIp();
        this.destinationIp = path.destinationIp();
        this.protocol = path.protocol();
        this.destinationPort = path.destinationPort();
        this.filterAtSource = filterAtSource;
        this.filterAtDestination = filterAtDestination;
        this.clientToken = clientToken;
        this.createdAt = createdAt;
    }

    @Override
    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getSource() { return source; }
    public String getDestination() { return destination; }
    public String getSourceIp() { return sourceIp; }
    public String getDestinationIp() { return destinationIp; }
    public String getProtocol() { return protocol; }
    public Integer getDestinationPort() { return destinationPort; }
    public String getFilterAtSource() { return filterAtSource; }
    public String getFilterAtDestination() { return filterAtDestination; }
    public String getClientToken() { return clientToken; }
    public Instant getCreatedAt() { return createdAt; }
}
