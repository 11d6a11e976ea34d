package io.tailor.selection;

import java.util.SplittableRandom;

/**
 * What the app did before dynamic plans: the best-scored task of each category every day, rotation
 * forgotten. Evaluated on a slot that honoured rotation, it has no candidate when its task was rotated
 * out: its probabilities are then all zero, and an evaluation counts the slot as one it cannot judge.
 */
public final class StaticPolicy implements Policy {

    @Override
    public String name() {
        return "static";
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
    public boolean rotates() {
        return false;
    }

    @Override
    public int draw(Slot slot, SplittableRandom random) {
        int index = indexOfBest(slot);
        return index < 0 ? 0 : index;
    }

    @Override
    public double[] probabilities(Slot slot, SplittableRandom replays) {
        double[] probabilities = new double[slot.size()];
        int index = indexOfBest(slot);
        if (index >= 0) {
            probabilities[index] = 1;
        }
        return probabilities;
    }

    private static int indexOfBest(Slot slot) {
        for (int i = 0; i < slot.size(); i++) {
            if (slot.candidate(i).taskId().equals(slot.unrotatedBest())) {
                return i;
            }
        }
        return -1;
    }
}
