package dev.netsim.common.clock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** How far an account's simulation clock is set from the real one. */
@Entity
@Table(name = "simulation_clock")
class SimulationClockRow extends AssignedIdEntity<String> {

    @Id
    private String account;
    private long offsetMillis;

    protected SimulationClockRow() {
    }

    SimulationClockRow(String account, long offsetMillis) {
        this.account = account;
        this.offsetMillis = offsetMillis;
    }

    @Override
    public String getId() {
        return account;
    }

    long getOffsetMillis() {
        return offsetMillis;
    }

    void setOffsetMillis(long offsetMillis) {
        this.offsetMillis = offsetMillis;
    }
}
