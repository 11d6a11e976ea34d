package io.tailor.profile;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * What one user did in one category, library tasks and other sources' tasks alike. Planned tasks left
 * not reported count apart ({@code notReportedCount}) and enter the affinity only as weak evidence.
 */
public record CategoryStats(
        int feedbackCount,
        int completedCount,
        int ratingCount,
        int ratingSum,
        int notReportedCount,
        Evidence affinity) {

    public static final CategoryStats NONE = new CategoryStats(0, 0, 0, 0, 0, Evidence.NONE);

    public CategoryStats record(Outcome outcome) {
        return new CategoryStats(
                feedbackCount + 1,
                completedCount + (outcome.completed() ? 1 : 0),
                ratingCount + (outcome.rated() ? 1 : 0),
                ratingSum + (outcome.rating() != null ? outcome.rating() : 0),
                notReportedCount,
                affinity.add(outcome));
    }

    /** A planned task of this category nobody reported on by the end of its day. */
    public CategoryStats recordNotReported(Instant dayEnded) {
        return new CategoryStats(
                feedbackCount,
                completedCount,
                ratingCount,
                ratingSum,
                notReportedCount + 1,
                affinity.addNotReported(dayEnded));
    }

    public double completionRate() {
        return feedbackCount == 0 ? 0 : (double) completedCount / feedbackCount;
    }

    public OptionalDouble meanRating() {
        return ratingCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratingCount);
    }
}
