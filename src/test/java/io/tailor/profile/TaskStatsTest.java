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
        assertThat(stats(done(3)).isDisliked()).isFalse();
        assertThat(stats(done(2)).isDisliked()).isTrue();
        assertThat(stats(done(2), done(3)).isDisliked()).as("mean 2.5").isFalse();
    }

    @Test
    void threeSkipsRunningAreDislikedAndACompletionResetsTheRun() {
        assertThat(stats(skip(), skip()).isDisliked()).isFalse();
        assertThat(stats(skip(), skip(), skip()).isDisliked()).isTrue();
        assertThat(stats(skip(), skip(), done(), skip(), skip()).isDisliked()).isFalse();
    }

    @Test
    void theSkipRunFollowsEventTimeNotArrival() {
        Instant lastWeek = START.minus(Duration.ofDays(7));
        TaskStats skipped = stats(skip(), skip(), skip());
        assertThat(skipped.record(new Outcome(true, null, lastWeek)).isDisliked())
                .as("an old completion synced late does not reset the run")
                .isTrue();
        TaskStats doneThenSkipped = stats(done(), skip(), skip());
        assertThat(doneThenSkipped.record(new Outcome(false, null, lastWeek)).isDisliked())
                .as("an old skip synced late does not extend the run")
                .isFalse();
    }

    @Test
    void aDislikedTaskIsNoFavoriteWhateverItsPast() {
        TaskStats lovedThenAbandoned = stats(done(5), done(5), skip(), skip(), skip());
        assertThat(lovedThenAbandoned.isDisliked()).isTrue();
        assertThat(lovedThenAbandoned.isFavorite()).isFalse();
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
