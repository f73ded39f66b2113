package dev.netsim.cloudfront.logging;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A real-time log configuration of an account, kept as the XML of its RealtimeLogConfig shape. */
@Entity
@Table(name = "cloudfront_realtime_log_config")
@IdClass(RealtimeLogConfigRow.Key.class)
class RealtimeLogConfigRow extends AssignedIdEntity<RealtimeLogConfigRow.Key> {

    /** A configuration's identity: account and name. */
    record Key(String account, String name) implements Serializable {
    }

    @Id
    private String account;
    @Id
    private String name;
    private String configXml;

    protected RealtimeLogConfigRow() {
    }

    RealtimeLogConfigRow(String account, String name, String configXml) {
        this.account = account;
        this.name = name;
        this.configXml = configXml;
    }

    @Override
    public Key getId() {
        return new Key(account, name);
    }

    String getName() { return name; }
    String getConfigXml() { return configXml; }

    void setConfigXml(String configXml) {
        this.configXml = configXml;
    }
}
