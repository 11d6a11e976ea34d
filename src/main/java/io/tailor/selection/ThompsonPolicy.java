package io.tailor.selection;

import java.util.SplittableRandom;

/**
 * Thompson sampling: each candidate's chance of going well is a Beta posterior, one plausible chance per
 * candidate is drawn, and the highest draw wins. No fixed exploration share: a task is tried about as often
 * as it could still be the best. Its probabilities have no closed form, so they are estimated from {@value
 * #REPLAYS} replays of the same draw.
 *
 * <p>The prior is {@value #PRIOR_STRENGTH} pseudo-outcomes centred on the library score (archetype and
 * mode fit), so an untried task starts where the library puts it and a few real outcomes outweigh it; with a
 * pooled prior, {@link PooledPriors#STRENGTH} pseudo-outcomes centred on what users like this one did ({@link TaskPrior#mean}).
 * The evidence is the task's learned affinity (completions, skips and ratings, with weights halving every
 * two weeks), read as pseudo-outcomes: weight w with mean v adds v·w successes and (1 − v)·w failures. Old
 * outcomes fade, so the posterior widens again and a task whose appeal has worn off (or grown) is noticed.
 */
public final class ThompsonPolicy implements Policy {

    static final double PRIOR_STRENGTH = 2;
    static final double PRIOR_MEAN_FLOOR = 0.05;
    static final double PRIOR_MEAN_CEILING = 0.95;
    public static final int REPLAYS = 1_000;

    private final int replays;
    private final double pooledStrength;

    /** Serving: probabilities from {@value #REPLAYS} replays. */
    public ThompsonPolicy() {
        this(REPLAYS);
    }

    /**
     * As served, with probabilities from {@code replays} replays: fewer for an evaluation over many logged
     * slots, where a frequency over any number of replays is an unbiased estimate of the probability.
     */
    public ThompsonPolicy(int replays) {
        this(replays, Pooling.SERVED);
    }

    /** Holding pooled priors with {@code pooling}'s strength: the simulator's way to try other settings. */
    public ThompsonPolicy(int replays, Pooling pooling) {
        if (replays < 1) {
            throw new IllegalArgumentException("replays must be positive, got " + replays);
        }
        this.replays = replays;
        this.pooledStrength = pooling.strength();
    }

    @Override
    public String name() {
        return "thompson";
    }

    /** 2: a pooled prior weighs {@link PooledPriors#STRENGTH} = 16 pseudo-outcomes (1: 4). */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public boolean exact() {
        return false;
    }

    /** One draw per candidate from its posterior, in the slot's order; the highest wins. */
    @Override
    public int draw(Slot slot, SplittableRandom random) {
        int pick = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < slot.size(); i++) {
            Posterior posterior = posterior(slot.candidate(i));
            double draw = BetaDraws.beta(random, posterior.successes(), posterior.failures());
            if (draw > best) {
                best = draw;
                pick = i;
            }
        }
        return pick;
    }

    @Override
    public double[] probabilities(Slot slot, SplittableRandom replays) {
        double[] probabilities = new double[slot.size()];
        for (int replay = 0; replay < this.replays; replay++) {
            probabilities[draw(slot, replays)] += 1.0 / this.replays;
        }
        return probabilities;
    }

    /** An untried task is novelty; the likeliest by its posterior mean exploits, any other explores. */
    @Override
    public Selection.Pool pool(Slot slot, int index) {
        if (!slot.candidate(index).tried()) {
            return Selection.Pool.NOVELTY;
        }
        int likeliest = 0;
        for (int i = 1; i < slot.size(); i++) {
            if (posterior(slot.candidate(i)).mean()
                    > posterior(slot.candidate(likeliest)).mean()) {
                likeliest = i;
            }
        }
        return index == likeliest ? Selection.Pool.EXPLOIT : Selection.Pool.EXPLORE;
    }

    Posterior posterior(Candidate candidate) {
        Double pooled = candidate.pooled();
        double strength = pooled == null ? PRIOR_STRENGTH : pooledStrength;
        double priorMean =
                Math.min(Math.max(pooled == null ? candidate.fit() : pooled, PRIOR_MEAN_FLOOR), PRIOR_MEAN_CEILING);
        return new Posterior(
                strength * priorMean + candidate.evidenceValue() * candidate.evidenceWeight(),
                strength * (1 - priorMean) + (1 - candidate.evidenceValue()) * candidate.evidenceWeight());
    }

    /** Beta(successes, failures): pseudo-counts from the prior plus the outcomes seen. */
    record Posterior(double successes, double failures) {

        double mean() {
            return successes / (successes + failures);
        }
    }
}
