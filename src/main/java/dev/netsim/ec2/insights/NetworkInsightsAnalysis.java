package dev.netsim.ec2.insights;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * One analysis of a path (StartNetworkInsightsAnalysis): its result as the engine gave it at the
 * start (stored as JSON, so later changes to the network do not alter it; null with a status message
 * when the analysis failed), and the resource filters
 * it was asked with (newline-separated ARNs).
 */
@Entity
@Table(name = "network_insights_analysis")
public class NetworkInsightsAnalysis extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String pathId;
    private String filterInArns;
    private String filterOutArns;
    private String additionalAccounts;
    @Column(name = "result")
    private String resultJson;
    private String statusMessage;
    private String clientToken;
    private Instant startedAt;

    protected NetworkInsightsAnalysis() {
    }

    NetworkInsightsAnalysis(String id, String account, String region, String pathId, String filterInArns, String filterOutArns,
                            String additionalAccounts, String resultJson, String statusMessage, String clientToken,
                            Instant startedAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.pathId = pathId;
        this.filterInArns = filterInArns;
        this.filterOutArns = filterOutArns;
        this.additionalAccounts = additionalAccounts;
        this.resultJson = resultJson;
        this.statusMessage = statusMessage;
        this.clientToken = clientToken;
        this.startedAt = startedAt;
    }

    @Override
    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getPathId() { return pathId; }
    public String getFilterInArns() { return filterInArns; }
    public String getFilterOutArns() { return filterOutArns; }
    public String getAdditionalAccounts() { return additionalAccounts; }
    public String getResultJson() { return resultJson; }
    public String getStatusMessage() { return statusMessage; }
    public String getClientToken() { return clientToken; }
    public Instant getStartedAt() { return startedAt; }
}
