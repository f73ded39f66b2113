package dev.netsim.common;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time and chance are beans so that tests (and users who want repeatable runs) can fix them. */
@Configuration
public class TimeAndChanceConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** {@code netsim.random-seed} makes ids and random choices repeatable; unset means secure random. */
    @Bean
    RandomGenerator randomGenerator(@Value("${netsim.random-seed:}") String seed) {
        return seed.isBlank() ? new SecureRandom() : new Random(Long.parseLong(seed));
    }
}
