package io.tailor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each set's rule at its edge: one report short of it, and exactly at it. */
class TaskStatsTest {

    private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");

    private int day;

    @Test
    void aTaskIsTriedOnceReportedDoneOrSkipped() {
        assertThat(TaskStats.NONE.isTried()).isFalse();
        assertThat(stats(skip()).isTried()).isTrue();
    }

    @Test
    void twoCompletionsRatedFourOnAverageMakeAFavorite() {
        assertThat(stats(done(5)).isFavorite()).isFalse();
        assertThat(stats(done(5), done(3)).isFavorite()).isTrue();
        assertThat(stats(done(4), done(3)).isFavorite()).as("mean 3.5").isFalse();
    }

    @Test
    void anUnratedTaskDoneEveryTimeItWasShownThreeTimesIsAFavorite() {
        assertThat(stats(done(), done()).isFavorite()).isFalse();
        assertThat(stats(done(), done(), done()).isFavorite()).isTrue();
        assertThat(stats(done(), skip(), done(), done()).isFavorite())
                .as("skipped once")
                .isFalse();
    }

    @Test
    void provenNeedsSeventyPercentOverAtLeastThreeShowings() {
        assertThat(stats(done(), done()).isProven()).as("two showings").isFalse();
        assertThat(stats(done(), done(), done()).isProven()).isTrue();
        assertThat(stats(done(), done(), skip()).isProven()).as("0.67").isFalse();
        TaskStats sevenOfTen = stats(done(), done(), done(), done(), done(), done(), done(), skip(), skip(), skip());
        assertThat(sevenOfTen.completionRate()).isEqualTo(0.7);
        assertThat(sevenOfTen.isProven()).isTrue();
    }

    @Test
    void aMeanRatingOfTwoOrLessIsDisliked() {
        assertThat(stats(done(3)).isDisliked(soon())).isFalse();
        assertThat(stats(done(2)).isDisliked(soon())).isTrue();
        assertThat(stats(done(2), done(3)).isDisliked(soon())).as("mean 2.5").isFalse();
    }

    @Test
    void threeSkipsRunningAreDislikedAndACompletionResetsTheRun() {
        assertThat(stats(skip(), skip()).isDisliked(soon())).isFalse();
        assertThat(stats(skip(), skip(), skip()).isDisliked(soon())).isTrue();
        assertThat(stats(skip(), skip(), done(), skip(), skip()).isDisliked(soon()))
                .isFalse();
    }

    @Test
    void theSkipRunFollowsEventTimeNotArrival() {
        Instant lastWeek = START.minus(Duration.ofDays(7));
        TaskStats skipped = stats(skip(), skip(), skip());
        assertThat(skipped.record(new Outcome(true, null, lastWeek)).isDisliked(soon()))
                .as("an old completion synced late does not reset the run")
                .isTrue();
        TaskStats doneThenSkipped = stats(done(), skip(), skip());
        assertThat(doneThenSkipped.record(new Outcome(false, null, lastWeek)).isDisliked(soon()))
                .as("an old skip synced late does not extend the run")
                .isFalse();
    }

    @Test
    void aDislikedTaskIsNoFavoriteWhateverItsPast() {
        TaskStats lovedThenAbandoned = stats(done(5), done(5), skip(), skip(), skip());
        assertThat(lovedThenAbandoned.isDisliked(soon())).isTrue();
        assertThat(lovedThenAbandoned.isFavorite()).isFalse();
    }

    @Test
    void aDislikeBySkipsLapsesAfterTwoHalfLivesAndTheTaskComesBackOnProbation() {
        TaskStats skipped = stats(skip(), skip(), skip());
        Instant lapse = skipped.lastFeedbackAt().plus(Duration.ofDays(28));
        assertThat(TaskStats.SKIP_DISLIKE_LAPSE).isEqualTo(Evidence.HALF_LIFE.multipliedBy(2));
        assertThat(skipped.isDisliked(lapse.minusSeconds(1))).isTrue();
        assertThat(skipped.isOnProbation(lapse.minusSeconds(1))).isFalse();
        assertThat(skipped.isDisliked(lapse)).isFalse();
        assertThat(skipped.isOnProbation(lapse)).isTrue();
        assertThat(skipped.isFavorite()).as("on probation, not a favorite").isFalse();
        TaskStats skippedAgain = skipped.record(new Outcome(false, null, lapse.plus(Duration.ofDays(1))));
        assertThat(skippedAgain.isDisliked(lapse.plus(Duration.ofDays(2))))
                .as("skipped on probation: disliked afresh")
                .isTrue();
    }

    @Test
    void aLowMeanRatingStaysDislikedForGood() {
        TaskStats hated = stats(done(1), skip(), skip(), skip());
        Instant years = hated.lastFeedbackAt().plus(Duration.ofDays(3650));
        assertThat(hated.isDisliked(years)).isTrue();
        assertThat(hated.isOnProbation(years)).isFalse();
    }

    @Test
    void notReportedIsWeakNegativeEvidenceThatNeverMakesADislike() {
        TaskStats ignored = TaskStats.NONE;
        for (int n = 0; n < 10; n++) {
            ignored = ignored.recordNotReported(START.plus(Duration.ofDays(++day)));
        }
        assertThat(ignored.timesNotReported()).isEqualTo(10);
        assertThat(ignored.timesShown()).isEqualTo(10);
        assertThat(ignored.isTried()).as("never reported").isFalse();
        assertThat(ignored.isDisliked(soon())).isFalse();
        assertThat(ignored.consecutiveSkips()).isZero();
        assertThat(ignored.lastFeedbackAt()).isNull();
        Instant at = START.plus(Duration.ofDays(day));
        double oneIgnore = TaskStats.NONE.recordNotReported(at).affinity().score(at);
        double oneSkip =
                TaskStats.NONE.record(new Outcome(false, null, at)).affinity().score(at);
        assertThat(oneIgnore)
                .as("weaker than a skip")
                .isLessThan(Evidence.PRIOR)
                .isGreaterThan(oneSkip);
    }

    @Test
    void notReportedCountsAsShownAndNotDoneForProvenAndFavorites() {
        TaskStats threeDone = stats(done(), done(), done());
        TaskStats withIgnore = threeDone.recordNotReported(START.plus(Duration.ofDays(++day)));
        assertThat(withIgnore.completionRate()).isEqualTo(0.75);
        assertThat(withIgnore.isProven()).isTrue();
        assertThat(withIgnore.isFavorite())
                .as("not done every time it was planned")
                .isFalse();
        TaskStats twoOfFour = stats(done(), done(), skip()).recordNotReported(START.plus(Duration.ofDays(++day)));
        assertThat(twoOfFour.isProven()).as("2 of 4").isFalse();
    }

    @Test
    void countsAndLastDoneFollowTheEvents() {
        TaskStats stats = stats(done(4), skip());
        assertThat(stats.timesShown()).isEqualTo(2);
        assertThat(stats.timesCompleted()).isEqualTo(1);
        assertThat(stats.timesSkipped()).isEqualTo(1);
        assertThat(stats.meanRating()).hasValue(4.0);
        assertThat(stats.lastDoneAt()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(stats.lastFeedbackAt()).isEqualTo(START.plus(Duration.ofDays(2)));
    }

    /** Just after the last event: no dislike has lapsed yet. */
    private Instant soon() {
        return START.plus(Duration.ofDays(day + 1));
    }

    private TaskStats stats(Outcome... outcomes) {
        TaskStats stats = TaskStats.NONE;
        for (Outcome outcome : outcomes) {
            stats = stats.record(outcome);
        }
        return stats;
    }

    private Outcome done(int rating) {
        return new Outcome(true, rating, START.plus(Duration.ofDays(++day)));
    }

    private Outcome done() {
        return new Outcome(true, null, START.plus(Duration.ofDays(++day)));
    }

    private Outcome skip() {
        return new Outcome(false, null, START.plus(Duration.ofDays(++day)));
    }
}
