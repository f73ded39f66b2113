package dev.netsim.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Many clients making one call at once, for the tests that something is claimed once. */
public final class Concurrently {

    private Concurrently() {
    }

    /** What each of {@code threads} concurrent calls answered: its result, or the AWS error code it got. */
    public static List<String> outcomes(int threads, Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        return call.call();
                    } catch (AwsServiceException e) {
                        return e.awsErrorDetails().errorCode();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
