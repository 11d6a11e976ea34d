package io.tailor.simulation;

import java.util.OptionalDouble;

/**
 * One strategy's week, summed over all users, with the oracle's completion rate of the same week.
 * Regret is in completion-rate points: the oracle's rate minus this one's.
 */
record EvaluationRow(Contender strategy, int week, WeekTally tally, double oracleCompletionRate) {

    double completionRate() {
        return ratio(tally.completed(), tally.planned());
    }

    OptionalDouble meanRating() {
        return tally.ratings() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) tally.ratingSum() / tally.ratings());
    }

    /** Distinct tasks planned per user and category in the week (1 to 7). */
    double distinctTasksPerCategory() {
        return ratio(tally.distinctTasks(), tally.categoryWeeks());
    }

    /** The share of user-category pairs with at least three distinct tasks planned in the week. */
    double varietyShare() {
        return ratio(tally.varietyCategoryWeeks(), tally.categoryWeeks());
    }

    /** The share of users in the mastery phase at the end of the week. */
    double masteryShare() {
        return ratio(tally.inMastery(), tally.users());
    }

    /** Tasks the user liked but the profile marked disliked at the week's end, per user. */
    double likedDislikedPerUser() {
        return ratio(tally.likedDisliked(), tally.users());
    }

    double regret() {
        return oracleCompletionRate - completionRate();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
