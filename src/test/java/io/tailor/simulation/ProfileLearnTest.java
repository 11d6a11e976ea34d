package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Category;
import io.tailor.profile.CategoryStats;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.Outcome;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.TaskStats;
import io.tailor.profile.Totals;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One outcome's update of a profile: the same function for the feedback service and the simulator. */
class ProfileLearnTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final PreferenceProfile NEWCOMER = PreferenceProfile.empty(
            new ProfileHeader("learner", ZoneOffset.UTC, LearningPhase.DISCOVERY, AT, null, 0, Totals.NONE));

    @Test
    void aLibraryOutcomeUpdatesTheTaskTheCategoryAndTheTotals() {
        Outcome done = new Outcome(true, 5, AT);
        PreferenceProfile learned = NEWCOMER.learn(Optional.of("movement-brisk-walk"), Category.MOVEMENT, done);

        assertThat(learned.task("movement-brisk-walk")).isEqualTo(TaskStats.NONE.record(done));
        assertThat(learned.category(Category.MOVEMENT)).isEqualTo(CategoryStats.NONE.record(done));
        assertThat(learned.header().totals()).isEqualTo(Totals.NONE.record(done));
        assertThat(learned.header().phase())
                .as("phases are the phase rules' call")
                .isEqualTo(LearningPhase.DISCOVERY);
        assertThat(NEWCOMER.tasks()).as("the old profile is untouched").isEmpty();
    }

    @Test
    void anotherSourcesOutcomeCountsForItsCategoryAndTheTotalsOnly() {
        Outcome skipped = new Outcome(false, null, AT);
        PreferenceProfile learned = NEWCOMER.learn(Optional.empty(), Category.HYDRATION, skipped);

        assertThat(learned.tasks()).isEmpty();
        assertThat(learned.category(Category.HYDRATION).feedbackCount()).isEqualTo(1);
        assertThat(learned.header().totals().skipped()).isEqualTo(1);
    }

    @Test
    void outcomesAccumulateOnTheSameTask() {
        PreferenceProfile learned = NEWCOMER;
        for (int day = 0; day < 3; day++) {
            learned = learned.learn(
                    Optional.of("recovery-power-nap"), Category.RECOVERY, new Outcome(true, null, AT.plusSeconds(day)));
        }
        assertThat(learned.task("recovery-power-nap").timesCompleted()).isEqualTo(3);
        assertThat(learned.task("recovery-power-nap").isFavorite()).isTrue();
    }
}
