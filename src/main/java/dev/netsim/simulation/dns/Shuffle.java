package dev.netsim.simulation.dns;

import java.util.List;
import java.util.random.RandomGenerator;

/** Fisher–Yates over any {@link RandomGenerator}, so a seeded random gives the same order every time. */
final class Shuffle {

    private Shuffle() {
    }

    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
