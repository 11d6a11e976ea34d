package io.tailor.selection;

import java.util.SplittableRandom;

/**
 * The spec's phase 1: the best-scored eligible candidate (the slot's first). Learns nothing; the same
 * slot, the same task, with probability 1.
 */
public final class LibraryPolicy implements Policy {

    @Override
    public String name() {
        return "library";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public boolean learns() {
        return false;
    }

    @Override
    public int draw(Slot slot, SplittableRandom random) {
        return 0;
    }

    @Override
    public double[] probabilities(Slot slot, SplittableRandom replays) {
        double[] probabilities = new double[slot.size()];
        probabilities[0] = 1;
        return probabilities;
    }
}
