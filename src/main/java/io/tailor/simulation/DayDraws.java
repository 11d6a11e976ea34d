package io.tailor.simulation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * One simulated day's random numbers for one user, drawn once and shared by every strategy (common
 * random numbers): the day's mood and, per plan slot (category), the draws deciding completion and
 * rating, and whether the user is away that day ({@link Lapses}). Strategies that plan the same task on the same
 * day therefore see the same outcome, so their differences come from their choices, not from luck.
 */
record DayDraws(double mood, List<Slot> slots, boolean isAway) {

    /** A day the user is there. */
    DayDraws(double mood, List<Slot> slots) {
        this(mood, slots, false);
    }

    /** The same day with the user away ({@link Lapses}): nothing planned, nothing reported. */
    DayDraws away() {
        return new DayDraws(mood, slots, true);
    }

    static DayDraws draw(long seed, int user, int day, int slots) {
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, user, day));
        // a stream of its own, so the outcome draws are the ones they were before reporting was modelled
        SplittableRandom reporting = new SplittableRandom(Seeds.mix(seed, user, day, REPORTING_STREAM));
        double mood = random.nextGaussian();
        return new DayDraws(
                mood,
                IntStream.range(0, slots)
                        .mapToObj(slot -> new Slot(
                                random.nextDouble(),
                                random.nextDouble(),
                                random.nextGaussian(),
                                reporting.nextDouble()))
                        .toList());
    }

    private static final long REPORTING_STREAM = -3;

    Slot slot(int index) {
        return slots.get(index);
    }

    /**
     * Uniform draws for completion and for giving a rating, a standard normal for the rating's noise, and a
     * uniform draw deciding whether a task not done is reported as skipped or left unreported.
     */
    record Slot(double completion, double rated, double ratingNoise, double unreported) {}
}
