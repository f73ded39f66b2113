package dev.netsim.elbv2.listener;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;

/** A listener of a load balancer: its port and protocol, certificates, and the default rule's actions. */
@Entity
@Table(name = "listener")
public class Listener extends AssignedIdEntity<String> {

    @Id
    private String arn;
    private String account;
    private String region;
    private String loadBalancerArn;
    private Integer port;
    private String protocol;
    private String sslPolicy;
    private String certificates;
    private String alpnPolicy;
    private String defaultRuleArn;
    private String defaultActions;
    private String attributes;
    private String mutualAuthentication;

    protected Listener() {
    }

    Listener(String arn, String account, String region, String loadBalancerArn, String defaultRuleArn) {
        this.arn = arn;
        this.account = account;
        this.region = region;
        this.loadBalancerArn = loadBalancerArn;
        this.defaultRuleArn = defaultRuleArn;
    }

    void configure(Integer port, String protocol, String sslPolicy, List<String> certificates, String alpnPolicy, List<ActionDoc> defaultActions,
                   MutualAuthentication mutualAuthentication) {
        this.port = port;
        this.mutualAuthentication = mutualAuthentication == null ? null : StoredJson.write(mutualAuthentication);
        this.protocol = protocol;
        this.sslPolicy = sslPolicy;
        this.certificates = StoredJson.write(certificates);
        this.alpnPolicy = alpnPolicy;
        this.defaultActions = StoredJson.write(defaultActions);
        // a new listener, or one whose protocol now has other attributes (TCP to TLS), starts from AWS's defaults
        Map<String, String> defaults = ListenerAttributes.defaults(protocol);
        if (attributes == null || !attributes().keySet().equals(defaults.keySet())) {
            this.attributes = StoredJson.write(defaults);
        }
    }

    void setCertificates(List<String> certificates) {
        this.certificates = StoredJson.write(certificates);
    }

    public String getArn() { return arn; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getLoadBalancerArn() { return loadBalancerArn; }
    public Integer getPort() { return port; }
    public String getProtocol() { return protocol; }
    public String getSslPolicy() { return sslPolicy; }
    public String getAlpnPolicy() { return alpnPolicy; }
    public String getDefaultRuleArn() { return defaultRuleArn; }

    public List<String> certificates() {
        return StoredJson.readList(certificates, String.class);
    }

    public Map<String, String> attributes() {
        return StoredJson.readStringMap(attributes);
    }

    void setAttributes(Map<String, String> attributes) {
        this.attributes = StoredJson.write(attributes);
    }

    /** HTTPS listeners only; null for the others. */
    public MutualAuthentication mutualAuthentication() {
        return mutualAuthentication == null ? null : StoredJson.read(mutualAuthentication, MutualAuthentication.class);
    }

    public List<ActionDoc> defaultActions() {
        return StoredJson.readList(defaultActions, ActionDoc.class);
    }

    @Override
    public String getId() {
        return arn;
    }
}
