package io.tailor.selection;

import io.tailor.profile.Evidence;
import java.util.SplittableRandom;

/**
 * The spec's phase 2: one draw decides between the phase's preferred pool and exploration ({@link
 * PhaseMix}); an empty pool yields to the other. Within a pool a candidate is drawn with weight
 * w^{@value #SHARPNESS}, where w is the learned affinity for a tried task and the archetype/mode fit for an
 * untried one (with a pooled prior, the user's estimate starting from it), so a clearly loved task wins more often than a merely tried one. Its probabilities are
 * exact: the pool's share times the candidate's share of its pool's weight.
 */
public final class AdaptivePolicy implements Policy {

    static final double SHARPNESS = 3;

    @Override
    public String name() {
        return "adaptive";
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
    public int draw(Slot slot, SplittableRandom random) {
        Pools pools = Pools.of(slot);
        boolean wantsPreferred = random.nextDouble() < pools.mix().preferredShare();
        boolean fromPreferred = wantsPreferred ? pools.hasPreferred() : !pools.hasExploration();
        double[] weights = pools.weights(fromPreferred);
        double target = random.nextDouble() * sum(weights);
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                target -= weights[i];
                if (target < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    @Override
    public double[] probabilities(Slot slot, SplittableRandom replays) {
        Pools pools = Pools.of(slot);
        double preferredShare =
                !pools.hasPreferred() ? 0 : pools.hasExploration() ? pools.mix().preferredShare() : 1;
        double[] preferred = pools.weights(true);
        double[] exploration = pools.weights(false);
        double preferredTotal = sum(preferred);
        double explorationTotal = sum(exploration);
        double[] probabilities = new double[slot.size()];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = preferred[i] > 0
                    ? preferredShare * preferred[i] / preferredTotal
                    : (1 - preferredShare) * exploration[i] / explorationTotal;
        }
        return probabilities;
    }

    /** An untried task is novelty; a tried one exploits from the preferred pool and explores from the other. */
    @Override
    public Selection.Pool pool(Slot slot, int index) {
        Candidate candidate = slot.candidate(index);
        if (!candidate.tried()) {
            return Selection.Pool.NOVELTY;
        }
        return isPreferred(candidate, PhaseMix.of(slot.phase())) ? Selection.Pool.EXPLOIT : Selection.Pool.EXPLORE;
    }

    /** Whether the candidate belongs to its phase's preferred pool. */
    static boolean isPreferred(Candidate candidate, PhaseMix mix) {
        return mix.preferred().test(candidate) && !candidate.onProbation();
    }

    /**
     * With a pooled prior, the user's estimate starting from it ({@link Candidate#pooledEstimate}), tried or
     * not. Without one, a tried task's learned affinity, and an untried one's fit scaled by its affinity
     * against the prior, so the weak evidence of being planned and left not reported lowers it a little.
     */
    static double weight(Candidate candidate) {
        double base;
        if (candidate.pooled() != null) {
            base = candidate.pooledEstimate();
        } else {
            base = candidate.tried() ? candidate.affinity() : candidate.fit() * candidate.affinity() / Evidence.PRIOR;
        }
        return Math.pow(Math.max(base, 0.01), SHARPNESS);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    /** The slot split into the phase's two pools, as weights over the slot's order (0 outside the pool). */
    private record Pools(PhaseMix mix, boolean[] preferred, double[] weights) {

        static Pools of(Slot slot) {
            PhaseMix mix = PhaseMix.of(slot.phase());
            boolean[] preferred = new boolean[slot.size()];
            double[] weights = new double[slot.size()];
            for (int i = 0; i < slot.size(); i++) {
                preferred[i] = isPreferred(slot.candidate(i), mix);
                weights[i] = weight(slot.candidate(i));
            }
            return new Pools(mix, preferred, weights);
        }

        boolean hasPreferred() {
            for (boolean in : preferred) {
                if (in) {
                    return true;
                }
            }
            return false;
        }

        boolean hasExploration() {
            for (boolean in : preferred) {
                if (!in) {
                    return true;
                }
            }
            return false;
        }

        double[] weights(boolean ofPreferred) {
            double[] pool = new double[weights.length];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = preferred[i] == ofPreferred ? weights[i] : 0;
            }
            return pool;
        }
    }
}
