package dev.netsim.ec2.placement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A placement group: cluster (one zone), partition (1-7 partitions) or spread (at most 7 running instances per zone). */
@Entity
@Table(name = "placement_group")
public class PlacementGroup extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String groupName;
    private String strategy;
    private Integer partitionCount;
    private String spreadLevel;
    private Instant createdAt;

    protected PlacementGroup() {
    }

    PlacementGroup(String id, String account, String region, String groupName, String strategy, Integer partitionCount, String spreadLevel,
                   Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.groupName = groupName;
        this.strategy = strategy;
        this.partitionCount = partitionCount;
        this.spreadLevel = spreadLevel;
        this.createdAt = createdAt;
    }

    public String arn() {
        return "arn:aws:ec2:" + region + ":" + account + ":placement-group/" + groupName;
    }

    public String getId() { return id; }
    public String getGroupName() { return groupName; }
    public String getStrategy() { return strategy; }
    public Integer getPartitionCount() { return partitionCount; }
    public String getSpreadLevel() { return spreadLevel; }
}
