package dev.netsim.elbv2.listener;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;

/** A rule of an application load balancer's listener (the default rule lives on the listener itself). */
@Entity
@Table(name = "listener_rule")
public class ListenerRule extends AssignedIdEntity<String> {

    @Id
    private String arn;
    private String account;
    private String region;
    private String listenerArn;
    private int priority;
    private String conditions;
    private String actions;

    protected ListenerRule() {
    }

    ListenerRule(String arn, String account, String region, String listenerArn, int priority, List<ConditionDoc> conditions,
                 List<ActionDoc> actions) {
        this.arn = arn;
        this.account = account;
        this.region = region;
        this.listenerArn = listenerArn;
        this.priority = priority;
        this.conditions = StoredJson.write(conditions);
        this.actions = StoredJson.write(actions);
    }

    public String getArn() { return arn; }
    public String getListenerArn() { return listenerArn; }
    public int getPriority() { return priority; }

    void setPriority(int priority) {
        this.priority = priority;
    }

    void setConditions(List<ConditionDoc> conditions) {
        this.conditions = StoredJson.write(conditions);
    }

    void setActions(List<ActionDoc> actions) {
        this.actions = StoredJson.write(actions);
    }

    public List<ConditionDoc> conditions() {
        return StoredJson.readList(conditions, ConditionDoc.class);
    }

    public List<ActionDoc> actions() {
        return StoredJson.readList(actions, ActionDoc.class);
    }

    @Override
    public String getId() {
        return arn;
    }
}
