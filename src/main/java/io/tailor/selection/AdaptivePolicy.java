package io.tailor.selection;

import io.tailor.profile.Evidence;
import java.util.SplittableRandom;

/**
 * The spec's phase 2: one draw decides between novelty and the pool the phase exploits ({@link PhaseMix},
 * {@link Novelty}); with nothing new, every draw exploits, and with nothing to exploit (no favorite yet), the
 * exploiting share takes the best of every candidate. Within a pool a candidate is drawn with weight
 * w^{@value #SHARPNESS}, where w is the learned affinity for a tried task and the archetype/mode fit for an
 * untried one, so a clearly loved task wins more often than a merely tried one, times what its difficulty and
 * length weigh that day ({@link Effort}). With pooled priors, w is the user's estimate starting from what people
 * like them did, and it is drawn sharper (w^{@value #POOLED_SHARPNESS}): a cohort's measured rate says more
 * than the library's guess, so a draw may trust it more. On a
 * return day ({@link WelcomeBack}) novelty's share shrinks and every weight leans toward proven and shorter
 * tasks. Its probabilities are exact: each pool's share times the candidate's share of that pool's weight (in
 * discovery, with nothing untried, a task can be in both pools).
 */
public final class AdaptivePolicy implements Policy {

    static final double SHARPNESS = 3;
    /**
     * The sharpness of a slot whose candidates carry pooled priors. Chosen on seed 7 among 3, 5, 8, 12 and 20:
     * sharper draws gain the first week more, but from 8 up they cost the users whose tastes are the least
     * like their cohort's; 5 does not (docs/evaluation.md, "Pooled priors").
     */
    static final double POOLED_SHARPNESS = 5;
    /** How much more often a task like one the user loved lately is drawn than its weight alone says. */
    static final double LOVED_BOOST = 2;

    private final Pooling pooling;

    /** As served: {@link Pooling#SERVED}. */
    public AdaptivePolicy() {
        this(Pooling.SERVED);
    }

    /** Holding pooled priors as {@code pooling} says: the simulator's way to try other settings. */
    public AdaptivePolicy(Pooling pooling) {
        this.pooling = pooling;
    }

    @Override
    public String name() {
        return "adaptive";
    }

    /**
     * 4: a slot with pooled priors draws with weights to the power {@value #POOLED_SHARPNESS}, not {@value
     * #SHARPNESS}. 3: discovery's novelty takes {@value PhaseMix#BELOW_GOAL_NOVELTY} of the draws in a category below its
     * goal of tried variations (2 took 80% everywhere); difficulty and length weigh ({@link Effort}): a
     * low-energy day leans to easier, shorter tasks, and a user who completes is stepped up with the phase;
     * after one or more missed days, novelty's share is a quarter of the phase's, a proven or favorite task
     * weighs double and every weight is scaled by (shortest / duration)^0.5 ({@link WelcomeBack}). 2: novelty
     * draws untried tasks first, then the longest unseen (1 drew any task the phase did not exploit); a task
     * like one the user loved lately weighs double.
     */
    @Override
    public int version() {
        return 4;
    }

    @Override
    public boolean welcomesBack() {
        return true;
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public int draw(Slot slot, SplittableRandom random) {
        Pools pools = Pools.of(slot, pooling);
        double[] weights = random.nextDouble() < pools.noveltyShare() ? pools.novelty() : pools.known();
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
        Pools pools = Pools.of(slot, pooling);
        double noveltyTotal = sum(pools.novelty());
        double knownTotal = sum(pools.known());
        double[] probabilities = new double[slot.size()];
        for (int i = 0; i < probabilities.length; i++) {
            double fromNovelty = noveltyTotal == 0 ? 0 : pools.noveltyShare() * pools.novelty()[i] / noveltyTotal;
            double fromKnown = knownTotal == 0 ? 0 : (1 - pools.noveltyShare()) * pools.known()[i] / knownTotal;
            probabilities[i] = fromNovelty + fromKnown;
        }
        return probabilities;
    }

    /** An untried task is novelty; a tried one exploits from the phase's pool and explores from outside it. */
    @Override
    public Selection.Pool pool(Slot slot, int index) {
        Candidate candidate = slot.candidate(index);
        if (!candidate.tried()) {
            return Selection.Pool.NOVELTY;
        }
        return PhaseMix.of(slot.phase()).exploits(candidate) ? Selection.Pool.EXPLOIT : Selection.Pool.EXPLORE;
    }

    /**
     * With a pooled prior, the user's estimate starting from it ({@link Candidate#pooledEstimate}, held with the
     * pooling's strength), tried or
     * not. Without one, a tried task's learned affinity, and an untried one's fit scaled by its affinity
     * against the prior, so the weak evidence of being planned and left not reported lowers it a little.
     * A task back on probation starts afresh at its fit: the skips that made it disliked have lapsed, and
     * weighed by them it would never come back. Doubled ({@value #LOVED_BOOST}) for a task like one the user
     * loved lately, as their summary promised. Times the slot's {@link Effort#factor} for the task's difficulty
     * and length. Raised to the slot's {@link #sharpness}.
     */
    static double weight(Slot slot, Candidate candidate, double sharpness, double strength) {
        double base;
        if (candidate.onProbation()) {
            base = candidate.fit();
        } else if (candidate.pooled() != null) {
            base = candidate.pooledEstimate(strength);
        } else {
            base = candidate.tried() ? candidate.affinity() : candidate.fit() * candidate.affinity() / Evidence.PRIOR;
        }
        return Math.pow(Math.max(base, 0.01), sharpness)
                * (candidate.similarToLoved() ? LOVED_BOOST : 1)
                * Effort.factor(slot, candidate);
    }

    /**
     * The pooling's sharpness ({@value #POOLED_SHARPNESS} served) when any candidate of the slot has a pooled
     * prior, else {@value #SHARPNESS}. Read from the candidates, so a replay of a logged slot draws as it was
     * served (a user whose tastes disagree with their cohort's is planned, and logged, without priors).
     */
    static double sharpness(Slot slot, Pooling pooling) {
        for (int i = 0; i < slot.size(); i++) {
            if (slot.candidate(i).pooled() != null) {
                return pooling.sharpness();
            }
        }
        return SHARPNESS;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    /**
     * The slot's two pools as weights over its order (0 outside a pool), with novelty's share of the draws
     * (none when nothing is new). When rotation or the user's history leaves nothing the phase exploits (no
     * favorite, nothing proven yet), its share exploits the best of every candidate by weight instead, so a
     * user is not handed a day of untried tasks for lack of a favorite. On a return day both pools lean as
     * {@link WelcomeBack#lean} says and novelty's share shrinks to {@link WelcomeBack#NOVELTY_SCALE} of the phase's.
     */
    private record Pools(double noveltyShare, double[] novelty, double[] known) {

        static Pools of(Slot slot, Pooling pooling) {
            PhaseMix mix = PhaseMix.of(slot.phase());
            boolean[] known = new boolean[slot.size()];
            boolean[] outside = new boolean[slot.size()];
            boolean anyKnown = false;
            for (int i = 0; i < slot.size(); i++) {
                known[i] = mix.exploits(slot.candidate(i));
                outside[i] = mix.noveltyFromAll() || !known[i];
                anyKnown |= known[i];
            }
            boolean[] novel = Novelty.of(slot, outside);
            double[] lean = WelcomeBack.lean(slot);
            double[] novelty = new double[slot.size()];
            double[] exploited = new double[slot.size()];
            double sharpness = sharpness(slot, pooling);
            boolean anyNovel = false;
            for (int i = 0; i < slot.size(); i++) {
                double weight = weight(slot, slot.candidate(i), sharpness, pooling.strength()) * lean[i];
                novelty[i] = novel[i] ? weight : 0;
                exploited[i] = known[i] || !anyKnown ? weight : 0;
                anyNovel |= novel[i];
            }
            double share = WelcomeBack.returning(slot)
                    ? mix.noveltyShare(slot) * WelcomeBack.NOVELTY_SCALE
                    : mix.noveltyShare(slot);
            return new Pools(anyNovel ? share : 0, novelty, exploited);
        }
    }
}
