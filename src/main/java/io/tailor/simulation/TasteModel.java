package io.tailor.simulation;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import org.jspecify.annotations.Nullable;

/**
 * How a simulated user's hidden taste turns into outcomes; docs/evaluation.md lists the values. A
 * task's <b>liking</b> is the user's preference for its category plus their own taste for the task
 * plus the taste most people share for it (the task's {@code sharedSpread}-sd appeal, the same for every
 * user, times the user's own weight on it, around 1 with sd {@code sharedWeightSpread}: some people like
 * what most do, a few the opposite) plus how well it fits their archetype and energy mode (fits centred
 * on {@code fitCentre}), less, for a user of low energy, {@code lowEffort} per difficulty step above 1 and per
 * 30 minutes beyond the first 10 (issue 18, point 6: what a plan that leans to easier, shorter tasks on
 * low-energy days can win; 0 gives the model before it). The
 * log-odds of doing a planned task are {@code baseLogit + liking + mood - boredom}: the day's mood is
 * shared by the whole plan, and boredom grows with each completion of the same task in the last
 * {@code boredomDays} days. A completion is rated with chance {@code ratingChance}, around
 * 3 + {@code ratingSlope} x liking. A task not done is reported as skipped, except by the share
 * {@code ignorerShare} of users who ignore rather than skip: each of their tasks not done goes unreported
 * with chance {@code ignoreChance}. No strategy sees any of this except the oracle.
 */
record TasteModel(
        double baseLogit,
        double categorySpread,
        double taskSpread,
        double archetypeWeight,
        double modeWeight,
        double fitCentre,
        double moodSpread,
        double boredomPerRepeat,
        int boredomDays,
        double ratingChance,
        double ratingSlope,
        double ratingSpread,
        double ignorerShare,
        double ignoreChance,
        double sharedSpread,
        double sharedWeightSpread,
        double lowEffort) {

    static final TasteModel DEFAULT =
            new TasteModel(0.3, 0.5, 0.8, 2.0, 1.0, 0.7, 0.5, 0.35, 7, 0.4, 1.2, 0.6, 0.4, 0.8, 0.8, 0.5, 0.25);

    TasteModel withBoredomPerRepeat(double perRepeat) {
        return with(perRepeat, sharedSpread);
    }

    /** With a shared taste of this sd; 0 gives the tastes of the model before issue 18 exactly. */
    TasteModel withSharedSpread(double spread) {
        return with(boredomPerRepeat, spread);
    }

    private TasteModel with(double perRepeat, double spread) {
        return new TasteModel(
                baseLogit,
                categorySpread,
                taskSpread,
                archetypeWeight,
                modeWeight,
                fitCentre,
                moodSpread,
                perRepeat,
                boredomDays,
                ratingChance,
                ratingSlope,
                ratingSpread,
                ignorerShare,
                ignoreChance,
                spread,
                sharedWeightSpread,
                lowEffort);
    }

    /** Whether a task not done goes unreported, for a user who ignores with chance {@code userIgnoreChance}. */
    boolean unreported(double userIgnoreChance, DayDraws draws, int slot) {
        return draws.slot(slot).unreported() < userIgnoreChance;
    }

    /** A user's taste for liking a task well enough to do it more often than not, on an average day. */
    boolean liked(double liking) {
        return chance(liking, 0) >= 0.5;
    }

    double liking(
            double categoryPreference, double taste, double shared, Task task, Archetype archetype, EnergyMode mode) {
        return categoryPreference
                + taste
                + shared
                + archetypeWeight * (task.fit(archetype) - fitCentre)
                + modeWeight * (task.fit(mode) - fitCentre)
                - (mode == EnergyMode.LOW ? lowEffort * effort(task) : 0);
    }

    /** Difficulty steps above 1 plus half-hours beyond the first 10 minutes: what a low-energy day finds hard. */
    static double effort(Task task) {
        return Math.max(0, task.difficulty() - 1) + Math.max(0, task.durationMinutes() - 10) / 30.0;
    }

    /** The chance of doing a planned task on a day of average mood. */
    double chance(double liking, int recentCompletions) {
        return chance(liking, recentCompletions, 0);
    }

    /** As {@link #chance(double, int)}, with the log-odds moved by {@code shift} (a return's). */
    double chance(double liking, int recentCompletions, double shift) {
        return logistic(baseLogit + liking - boredomPerRepeat * recentCompletions + shift);
    }

    boolean completes(double liking, int recentCompletions, DayDraws draws, int slot) {
        return completes(liking, recentCompletions, draws, slot, 0);
    }

    /** As {@link #completes(double, int, DayDraws, int)}, with the log-odds moved by {@code shift} (a return's). */
    boolean completes(double liking, int recentCompletions, DayDraws draws, int slot, double shift) {
        double logOdds = baseLogit + liking - boredomPerRepeat * recentCompletions + moodSpread * draws.mood() + shift;
        return draws.slot(slot).completion() < logistic(logOdds);
    }

    /** The rating a completion gets, or null when the user does not rate it. */
    @Nullable
    Integer rating(double liking, DayDraws draws, int slot) {
        if (draws.slot(slot).rated() >= ratingChance) {
            return null;
        }
        long rounded = Math.round(
                3 + ratingSlope * liking + ratingSpread * draws.slot(slot).ratingNoise());
        return (int) Math.max(1, Math.min(5, rounded));
    }

    private static double logistic(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
