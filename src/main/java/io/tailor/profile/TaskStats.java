package io.tailor.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What one user did with one library task, and the sets it belongs to. A task counts as shown each time
 * the user reports it, done or skipped, and each time it was planned and its day ended without a report
 * (<i>not reported</i>, {@code timesNotReported}). The rules, each pinned at its edge by a test:
 * <ul>
 *   <li><b>tried</b>: reported at least once;
 *   <li><b>favorite</b>: never disliked by rating or by skips (a task back on probation is none), and
 *       either done at least {@value #FAVORITE_MIN_RATED_COMPLETIONS} times with a mean rating of at
 *       least {@value #FAVORITE_MIN_MEAN_RATING}, or never rated and done every time it was shown, at
 *       least {@value #FAVORITE_MIN_UNRATED_COMPLETIONS} times;
 *   <li><b>proven</b>: shown at least {@value #PROVEN_MIN_SHOWN} times with a completion rate of at
 *       least {@value #PROVEN_MIN_COMPLETION_RATE} (not reported counts as shown and not done);
 *   <li><b>disliked</b>: a mean rating of at most {@value #DISLIKED_MAX_MEAN_RATING}, for good; or
 *       skipped {@value #DISLIKED_CONSECUTIVE_SKIPS} times running since its last completion, on event
 *       time (a completion resets the run; a late-synced completion older than the last feedback does
 *       not, and a late skip older than the last completion does not extend it), until
 *       {@link #SKIP_DISLIKE_LAPSE} (two affinity half-lives) after the last feedback. Not reported
 *       never counts toward it: an ignored task leaves the run of skips as it was;
 *   <li><b>on probation</b>: disliked by skips only, and lapsed: selectors may offer it again as
 *       exploration, at most once per {@link #PROBATION_INTERVAL}. Skipped again, it is disliked
 *       afresh; done, the run is over.
 * </ul>
 */
public record TaskStats(
        int timesCompleted,
        int timesSkipped,
        int consecutiveSkips,
        int ratingCount,
        int ratingSum,
        int timesNotReported,
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
    public static final Duration SKIP_DISLIKE_LAPSE = Evidence.HALF_LIFE.multipliedBy(2);
    public static final Duration PROBATION_INTERVAL = Duration.ofDays(7);
    public static final double LOVED_MIN_MEAN_RATING = 4.0;
    public static final Duration LOVED_FOR = Duration.ofDays(14);

    public static final TaskStats NONE = new TaskStats(0, 0, 0, 0, 0, 0, Evidence.NONE, null, null);

    public TaskStats record(Outcome outcome) {
        Instant at = outcome.occurredAt();
        return new TaskStats(
                timesCompleted + (outcome.completed() ? 1 : 0),
                timesSkipped + (outcome.completed() ? 0 : 1),
                skipsRunning(outcome),
                ratingCount + (outcome.rated() ? 1 : 0),
                ratingSum + (outcome.rating() != null ? outcome.rating() : 0),
                timesNotReported,
                affinity.add(outcome),
                outcome.completed() ? Latest.of(lastDoneAt, at) : lastDoneAt,
                Latest.of(lastFeedbackAt, at));
    }

    /**
     * The task was planned and its day ended ({@code dayEnded}) without a report: weak negative
     * evidence ({@link Evidence#addNotReported}); the run of skips and the feedback times stay as they are.
     */
    public TaskStats recordNotReported(Instant dayEnded) {
        return new TaskStats(
                timesCompleted,
                timesSkipped,
                consecutiveSkips,
                ratingCount,
                ratingSum,
                timesNotReported + 1,
                affinity.addNotReported(dayEnded),
                lastDoneAt,
                lastFeedbackAt);
    }

    private int skipsRunning(Outcome outcome) {
        Instant at = outcome.occurredAt();
        if (outcome.completed()) {
            return lastFeedbackAt != null && at.isBefore(lastFeedbackAt) ? consecutiveSkips : 0;
        }
        return lastDoneAt != null && at.isBefore(lastDoneAt) ? consecutiveSkips : consecutiveSkips + 1;
    }

    public int timesShown() {
        return timesCompleted + timesSkipped + timesNotReported;
    }

    public OptionalDouble meanRating() {
        return ratingCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratingCount);
    }

    public double completionRate() {
        return timesShown() == 0 ? 0 : (double) timesCompleted / timesShown();
    }

    public boolean isTried() {
        return timesCompleted + timesSkipped > 0;
    }

    public boolean isFavorite() {
        if (isDislikedByRating() || isSkippedAway()) {
            return false;
        }
        boolean lovedAndRated =
                timesCompleted >= FAVORITE_MIN_RATED_COMPLETIONS && meanRating().orElse(0) >= FAVORITE_MIN_MEAN_RATING;
        boolean alwaysDoneUnrated = ratingCount == 0
                && timesCompleted == timesShown()
                && timesCompleted >= FAVORITE_MIN_UNRATED_COMPLETIONS;
        return lovedAndRated || alwaysDoneUnrated;
    }

    /**
     * Loved as of {@code at}: rated {@value #LOVED_MIN_MEAN_RATING} or more on average and done within
     * {@link #LOVED_FOR} before it. A weekly summary says "You loved X" only of such a task, and the selector
     * favours its variation group for as long, which covers the week after the summary's.
     */
    public boolean isLoved(Instant at) {
        Instant done = lastDoneAt;
        return done != null && meanRating().orElse(0) >= LOVED_MIN_MEAN_RATING && !done.isBefore(at.minus(LOVED_FOR));
    }

    public boolean isProven() {
        return timesShown() >= PROVEN_MIN_SHOWN && completionRate() >= PROVEN_MIN_COMPLETION_RATE;
    }

    /** Disliked as of {@code at}: by rating for good, by a run of skips until it lapses. */
    public boolean isDisliked(Instant at) {
        return isDislikedByRating() || (isSkippedAway() && !skipDislikeLapsed(at));
    }

    /** Disliked by skips alone, and lapsed by {@code at}: may be offered again as exploration. */
    public boolean isOnProbation(Instant at) {
        return !isDislikedByRating() && isSkippedAway() && skipDislikeLapsed(at);
    }

    public boolean isDislikedByRating() {
        return meanRating().orElse(Double.MAX_VALUE) <= DISLIKED_MAX_MEAN_RATING;
    }

    private boolean isSkippedAway() {
        return consecutiveSkips >= DISLIKED_CONSECUTIVE_SKIPS;
    }

    private boolean skipDislikeLapsed(Instant at) {
        return lastFeedbackAt != null && !at.isBefore(lastFeedbackAt.plus(SKIP_DISLIKE_LAPSE));
    }
}
