package dev.netsim.common.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AllocationLockRepository;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;

/**
 * Each account's simulation clock: the real time moved by an offset that the JSON API sets or
 * advances, so that TTLs expire (and caches refresh) without waiting. It only ever moves forward,
 * as time does: a cached object's age would otherwise be negative. Moves are made one at a time,
 * on whichever node, so that concurrent advances add up.
 */
@Service
@Transactional
public class SimulationClock {

    private static final String MOVES = "simulation-clock";

    private final SimulationClockRepository offsets;
    private final AllocationLockRepository locks;
    private final Clock clock;

    SimulationClock(SimulationClockRepository offsets, AllocationLockRepository locks, Clock clock) {
        this.offsets = offsets;
        this.locks = locks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Instant now(Scope scope) {
        return clock.instant().plusMillis(offsets.findById(scope.account()).map(SimulationClockRow::getOffsetMillis).orElse(0L));
    }

    public Instant set(Scope scope, Instant when) {
        locks.acquire(MOVES); // before the offset is read: a move committed meanwhile is read, not overwritten
        Instant current = now(scope);
        if (when.isBefore(current)) {
            throw new AwsException("InvalidParameterValue", "The simulation clock only moves forward: it is " + current + ", not before.");
        }
        return move(scope, Duration.between(current, when));
    }

    public Instant advance(Scope scope, Duration by) {
        if (by.isNegative()) {
            throw new AwsException("InvalidParameterValue", "The simulation clock only moves forward.");
        }
        locks.acquire(MOVES);
        return move(scope, by);
    }

    /** Under the lock of moves. */
    private Instant move(Scope scope, Duration by) {
        SimulationClockRow row = offsets.findById(scope.account()).orElseGet(() -> offsets.save(new SimulationClockRow(scope.account(), 0)));
        row.setOffsetMillis(Math.addExact(row.getOffsetMillis(), by.toMillis()));
        return now(scope);
    }
}
