package io.tailor.profile;

import java.util.OptionalDouble;

/** What one user did in one category, library tasks and other sources' tasks alike. */
public record CategoryStats(int feedbackCount, int completedCount, int ratingCount, int ratingSum, Evidence affinity) {

    public static final CategoryStats NONE = new CategoryStats(0, 0, 0, 0, Evidence.NONE);

    public CategoryStats record(Outcome outcome) {
        return new CategoryStats(
                feedbackCount + 1,
                completedCount + (outcome.completed() ? 1 : 0),
                ratingCount + (outcome.rated() ? 1 : 0),
                ratingSum + (outcome.rated() ? outcome.rating() : 0),
                affinity.add(outcome));
    }

    public double completionRate() {
        return feedbackCount == 0 ? 0 : (double) completedCount / feedbackCount;
    }

    public OptionalDouble meanRating() {
        return ratingCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratingCount);
    }
}
