package dev.netsim.simulation.loadbalancing;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A decision's explanation, one sentence per step, written when it is first read: a batch of ten
 * thousand decisions reads none of them, and building the text would cost more than deciding.
 * Read-only to everyone but the engine.
 */
final class Sentences extends AbstractList<String> {

    private final List<Supplier<String>> writers = new ArrayList<>(6);
    private final List<String> written = new ArrayList<>(6);

    void add(Supplier<String> sentence) {
        writers.add(sentence);
    }

    @Override
    public String get(int index) {
        while (written.size() <= index) {
            written.add(null);
        }
        String sentence = written.get(index);
        if (sentence == null) {
            sentence = writers.get(index).get();
            written.set(index, sentence);
        }
        return sentence;
    }

    @Override
    public int size() {
        return writers.size();
    }
}
