package io.tailor.profile;

import java.time.Duration;
import java.time.Instant;

/**
 * What the outcomes of a task or category say about the user's liking of it: a weighted mean of
 * signals ({@code value}, 0-1) and the total weight behind it, both as of {@code asOf}.
 *
 * <p>The rules:
 * <ul>
 *   <li>A completion rated r gives the signal (r - 1) / 4 with weight 2: ratings count double.
 *   <li>A bare completion gives 0.8 with weight 1; a skip gives 0 with weight 1 (2 if rated).
 *   <li>A planned task left <i>not reported</i> when its day ended gives 0 with weight
 *       {@value #NOT_REPORTED_WEIGHT}: weak negative evidence, a quarter of a skip's, since an ignored
 *       task may have been done and not logged.
 *   <li>Weights halve every {@link #HALF_LIFE} of event time, so recent feedback outweighs old and
 *       tastes can change. An event older than {@code asOf} (a late sync) enters already decayed.
 *   <li>The {@link #score} shrinks the mean toward {@link #PRIOR} by {@link #PRIOR_WEIGHT}, so one
 *       lucky completion does not make a favourite: score = (value * w + 0.5 * 1) / (w + 1).
 * </ul>
 * State is kept as (value, weight, asOf), so adding an event costs the same whatever came before.
 */
public record Evidence(double value, double weight, Instant asOf) {

    public static final Duration HALF_LIFE = Duration.ofDays(14);
    public static final double PRIOR = 0.5;
    public static final double PRIOR_WEIGHT = 1.0;
    static final double RATED_WEIGHT = 2.0;
    static final double UNRATED_COMPLETION_SIGNAL = 0.8;
    public static final double NOT_REPORTED_WEIGHT = 0.25;

    /** No evidence yet: the score is the prior. */
    public static final Evidence NONE = new Evidence(PRIOR, 0, Instant.EPOCH);

    public Evidence add(Outcome outcome) {
        return add(signal(outcome), outcome.rated() ? RATED_WEIGHT : 1.0, outcome.occurredAt());
    }

    /** A planned task nobody reported on by the end of its day ({@code dayEnded}). */
    public Evidence addNotReported(Instant dayEnded) {
        return add(0, NOT_REPORTED_WEIGHT, dayEnded);
    }

    private Evidence add(double signal, double signalWeight, Instant at) {
        if (at.isBefore(asOf)) {
            return combine(weight, signal, signalWeight * decay(at, asOf), asOf);
        }
        return combine(weight * decay(asOf, at), signal, signalWeight, at);
    }

    /**
     * This evidence as if {@code was}, once added, had been {@code now} (a same-day correction; both at
     * {@code was}'s time): the old signal's decayed share is taken out and the new one's put in, so the cost
     * does not depend on how many outcomes came before. Clamped against rounding, as the mean is 0-1.
     */
    public Evidence replace(Outcome was, Outcome now) {
        Instant at = was.occurredAt();
        double decay = at.isBefore(asOf) ? decay(at, asOf) : 1;
        double oldWeight = was.rated() ? RATED_WEIGHT : 1.0;
        double newWeight = now.rated() ? RATED_WEIGHT : 1.0;
        double total = Math.max(0, weight + (newWeight - oldWeight) * decay);
        if (total == 0) {
            return new Evidence(PRIOR, 0, asOf);
        }
        double sum = value * weight + (signal(now) * newWeight - signal(was) * oldWeight) * decay;
        return new Evidence(Math.clamp(sum / total, 0.0, 1.0), total, asOf);
    }

    /** The weight behind the mean, decayed to {@code at}. */
    public double weightAt(Instant at) {
        return at.isAfter(asOf) ? weight * decay(asOf, at) : weight;
    }

    /** The shrunk mean, 0-1, as of {@code at}: 0.5 means "no idea". */
    public double score(Instant at) {
        return score(at, PRIOR, PRIOR_WEIGHT);
    }

    /**
     * The mean shrunk toward another prior: {@code priorMean} held with the weight of {@code priorWeight}
     * outcomes, such as what users like this one did with the task (pooled priors). The more evidence of
     * the user's own, the less the prior counts: the empirical-Bayes posterior mean.
     */
    public double score(Instant at, double priorMean, double priorWeight) {
        double w = weightAt(at);
        return (value * w + priorMean * priorWeight) / (w + priorWeight);
    }

    private Evidence combine(double keptWeight, double signal, double signalWeight, Instant at) {
        double total = keptWeight + signalWeight;
        return new Evidence((value * keptWeight + signal * signalWeight) / total, total, at);
    }

    /**
     * The mean signal of {@code shown} outcomes of which {@code done} were completions, {@code ratings} of them
     * rated with ratings summing to {@code ratingSum}, the rest skips or not reported (signal 0): what a
     * cohort's outcomes say on this scale, unweighted.
     */
    public static double meanSignal(int shown, int done, int ratings, int ratingSum) {
        double rated = (ratingSum - ratings) / 4.0;
        return (rated + UNRATED_COMPLETION_SIGNAL * (done - ratings)) / shown;
    }

    static double signal(Outcome outcome) {
        if (!outcome.completed()) {
            return 0;
        }
        return outcome.rating() != null ? (outcome.rating() - 1) / 4.0 : UNRATED_COMPLETION_SIGNAL;
    }

    private static double decay(Instant from, Instant to) {
        double halfLives = (double) Duration.between(from, to).toSeconds() / HALF_LIFE.toSeconds();
        return Math.pow(0.5, halfLives);
    }
}
