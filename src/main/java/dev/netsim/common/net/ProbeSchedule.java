package dev.netsim.common.net;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads of a health prober: one ticker that runs the prober's round every tick (a failed
 * round is logged, the next one runs), and a pool the round's probes run on, so a slow endpoint does
 * not hold the others up. Daemon threads; the pool's threads start with the first probe.
 */
public final class ProbeSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ProbeSchedule.class);

    private final String name;
    private final ExecutorService probes;
    private ScheduledExecutorService ticker;

    public ProbeSchedule(String name, int probingThreads) {
        this.name = name;
        this.probes = Executors.newFixedThreadPool(probingThreads, r -> daemon(r, name + "-check"));
    }

    public synchronized void start(Duration tick, Runnable round) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-ticker"));
        ticker.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                LOG.warn("{}: this round of health checks failed", name, e);
            }
        }, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    public <T> Future<T> submit(Callable<T> probe) {
        return probes.submit(probe);
    }

    /** Runs the probes and returns when all are done (empty when interrupted). */
    public <T> List<Future<T>> runAll(List<Callable<T>> checks) {
        try {
            return probes.invokeAll(checks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        probes.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
