package io.tailor.profile;

import java.time.Instant;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What one user did with one library task, and the sets it belongs to. A task counts as shown (planned)
 * each time the user reports it, done or skipped. The rules, each pinned at its edge by a test:
 * <ul>
 *   <li><b>tried</b>: reported at least once;
 *   <li><b>favorite</b>: not disliked, and either done at least {@value #FAVORITE_MIN_RATED_COMPLETIONS}
 *       times with a mean rating of at least {@value #FAVORITE_MIN_MEAN_RATING}, or never rated and done
 *       every time it was shown, at least {@value #FAVORITE_MIN_UNRATED_COMPLETIONS} times;
 *   <li><b>proven</b>: shown at least {@value #PROVEN_MIN_SHOWN} times with a completion rate of at
 *       least {@value #PROVEN_MIN_COMPLETION_RATE};
 *   <li><b>disliked</b>: a mean rating of at most {@value #DISLIKED_MAX_MEAN_RATING}, or skipped
 *       {@value #DISLIKED_CONSECUTIVE_SKIPS} times running since its last completion, on event time (a
 *       completion resets the run; a late-synced completion older than the last feedback does not, and
 *       a late skip older than the last completion does not extend it).
 * </ul>
 */
public record TaskStats(
        int timesCompleted,
        int timesSkipped,
        int consecutiveSkips,
        int ratingCount,
        int ratingSum,
        Evidence affinity,
        @Nullable Instant lastDoneAt,
        @Nullable Instant lastFeedbackAt) {

    public static final int FAVORITE_MIN_RATED_COMPLETIONS = 2;
    public static final double FAVORITE_MIN_MEAN_RATING = 4.0;
    public static final int FAVORITE_MIN_UNRATED_COMPLETIONS = 3;
    public static final int PROVEN_MIN_SHOWN = 3;
    public static final double PROVEN_MIN_COMPLETION_RATE = 0.7;
    public static final double DISLIKED_MAX_MEAN_RATING = 2.0;
    public static final int DISLIKED_CONSECUTIVE_SKIPS = 3;

    public static final TaskStats NONE = new TaskStats(0, 0, 0, 0, 0, Evidence.NONE, null, null);

    public TaskStats record(Outcome outcome) {
        Instant at = outcome.occurredAt();
        return new TaskStats(
                timesCompleted + (outcome.completed() ? 1 : 0),
                timesSkipped + (outcome.completed() ? 0 : 1),
                skipsRunning(outcome),
                ratingCount + (outcome.rated() ? 1 : 0),
                ratingSum + (outcome.rated() ? outcome.rating() : 0),
                affinity.add(outcome),
                outcome.completed() ? Latest.of(lastDoneAt, at) : lastDoneAt,
                Latest.of(lastFeedbackAt, at));
    }

    private int skipsRunning(Outcome outcome) {
        Instant at = outcome.occurredAt();
        if (outcome.completed()) {
            return lastFeedbackAt != null && at.isBefore(lastFeedbackAt) ? consecutiveSkips : 0;
        }
        return lastDoneAt != null && at.isBefore(lastDoneAt) ? consecutiveSkips : consecutiveSkips + 1;
    }

    public int timesShown() {
        return timesCompleted + timesSkipped;
    }

    public OptionalDouble meanRating() {
        return ratingCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratingCount);
    }

    public double completionRate() {
        return timesShown() == 0 ? 0 : (double) timesCompleted / timesShown();
    }

    public boolean isTried() {
        return timesShown() > 0;
    }

    public boolean isFavorite() {
        if (isDisliked()) {
            return false;
        }
        boolean lovedAndRated =
                timesCompleted >= FAVORITE_MIN_RATED_COMPLETIONS && meanRating().orElse(0) >= FAVORITE_MIN_MEAN_RATING;
        boolean alwaysDoneUnrated =
                ratingCount == 0 && timesSkipped == 0 && timesCompleted >= FAVORITE_MIN_UNRATED_COMPLETIONS;
        return lovedAndRated || alwaysDoneUnrated;
    }

    public boolean isProven() {
        return timesShown() >= PROVEN_MIN_SHOWN && completionRate() >= PROVEN_MIN_COMPLETION_RATE;
    }

    public boolean isDisliked() {
        return meanRating().orElse(Double.MAX_VALUE) <= DISLIKED_MAX_MEAN_RATING
                || consecutiveSkips >= DISLIKED_CONSECUTIVE_SKIPS;
    }
}
