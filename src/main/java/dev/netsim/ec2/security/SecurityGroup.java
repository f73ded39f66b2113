package dev.netsim.ec2.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import dev.netsim.common.persistence.AssignedIdEntity;

@Entity
@Table(name = "security_group")
public class SecurityGroup extends AssignedIdEntity<String> {

    public static final String DEFAULT_NAME = "default";

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    private String groupName;
    private String description;
    private Instant createdAt;

    // rules are rows of their own: adding or removing one writes one row; loaded for many groups at once
    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    private List<SecurityGroupRule> rules = new ArrayList<>();

    protected SecurityGroup() {
    }

    public SecurityGroup(String id, String account, String region, String vpcId, String groupName, String description, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.vpcId = vpcId;
        this.groupName = groupName;
        this.description = description;
        this.createdAt = createdAt;
    }

    public boolean isDefaultGroup() {
        return DEFAULT_NAME.equals(groupName);
    }

    public String arn() {
        return "arn:aws:ec2:" + region + ":" + account + ":security-group/" + id;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getVpcId() { return vpcId; }
    public String getGroupName() { return groupName; }
    public String getDescription() { return description; }
    public List<SecurityGroupRule> getRules() { return rules; }

    /** Adds a rule with a new id; it is stored with the group. */
    public SecurityGroupRule addRule(String ruleId, RuleSpec spec) {
        SecurityGroupRule rule = new SecurityGroupRule(ruleId, this, spec);
        rules.add(rule);
        return rule;
    }
}
