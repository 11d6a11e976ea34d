package io.tailor.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.profile.LearningPhase;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.Totals;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseRulesTest {

    private static final PhaseCriteria SEED = new PhaseCriteria(7, 15, 21, 40);
    private static final Instant FIRST = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void discoveryEndsAtFifteenCompletedTasksNotFourteen() {
        assertThat(PhaseRules.due(header(LearningPhase.DISCOVERY, 14, 1), SEED)).isEmpty();
        List<Transition> due = PhaseRules.due(header(LearningPhase.DISCOVERY, 15, 1), SEED);
        assertThat(due).extracting(Transition::to).containsExactly(LearningPhase.ESTABLISHMENT);
        assertThat(due.get(0).cause()).isEqualTo(Transition.Cause.TASKS);
        assertThat(due.get(0).celebration().title()).isEqualTo("15 Tasks Done!");
    }

    @Test
    void discoveryEndsOnDaySevenNotSix() {
        assertThat(PhaseRules.due(header(LearningPhase.DISCOVERY, 3, 6), SEED)).isEmpty();
        List<Transition> due = PhaseRules.due(header(LearningPhase.DISCOVERY, 3, 7), SEED);
        assertThat(due).extracting(Transition::cause).containsExactly(Transition.Cause.DAYS);
        assertThat(due.get(0).celebration().title()).isEqualTo("Week 1 Complete!");
        assertThat(due.get(0).at()).isEqualTo(FIRST.plus(Duration.ofDays(7)));
    }

    @Test
    void establishmentEndsAtFortyCompletedTasksNotThirtyNine() {
        assertThat(PhaseRules.due(header(LearningPhase.ESTABLISHMENT, 39, 10), SEED))
                .isEmpty();
        assertThat(PhaseRules.due(header(LearningPhase.ESTABLISHMENT, 40, 10), SEED))
                .extracting(Transition::to)
                .containsExactly(LearningPhase.MASTERY);
    }

    @Test
    void establishmentEndsOnDayTwentyOneCountedFromTheFirstFeedback() {
        assertThat(PhaseRules.due(header(LearningPhase.ESTABLISHMENT, 20, 20), SEED))
                .isEmpty();
        assertThat(PhaseRules.due(header(LearningPhase.ESTABLISHMENT, 20, 21), SEED))
                .extracting(Transition::cause)
                .containsExactly(Transition.Cause.DAYS);
    }

    @Test
    void masteryIsTheLastPhase() {
        assertThat(PhaseRules.due(header(LearningPhase.MASTERY, 400, 400), SEED))
                .isEmpty();
        assertThat(PhaseRules.progress(header(LearningPhase.MASTERY, 400, 400), SEED)
                        .next())
                .isEmpty();
    }

    @Test
    void aLongGapMovesThroughBothTransitionsAtOnce() {
        assertThat(PhaseRules.due(header(LearningPhase.DISCOVERY, 2, 30), SEED))
                .extracting(Transition::to)
                .containsExactly(LearningPhase.ESTABLISHMENT, LearningPhase.MASTERY);
    }

    @Test
    void daysAreCalendarDaysInTheUsersZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // 23:30 on Monday the 2nd, then 00:30 on Monday the 9th in New York: 7 calendar days there, 6 in UTC
        Instant first = Instant.parse("2026-11-03T04:30:00Z");
        Instant seventhDay = Instant.parse("2026-11-09T05:30:00Z");
        ProfileHeader header = new ProfileHeader(
                "u", newYork, LearningPhase.DISCOVERY, first, null, 0, new Totals(2, 2, 0, first, seventhDay));
        assertThat(PhaseRules.due(header, SEED)).hasSize(1);
        ProfileHeader inUtc = new ProfileHeader(
                "u", ZoneOffset.UTC, LearningPhase.DISCOVERY, first, null, 0, new Totals(2, 2, 0, first, seventhDay));
        assertThat(PhaseRules.due(inUtc, SEED)).isEmpty();
    }

    @Test
    void anOverrideHoldsUntilTheNextCriterionIsMetFromThere() {
        Instant overrideAt = FIRST.plus(Duration.ofDays(30));
        ProfileHeader overridden =
                header(LearningPhase.MASTERY, 50, 30).overriddenTo(LearningPhase.DISCOVERY, overrideAt);
        assertThat(PhaseRules.due(withActivity(overridden, 64, overrideAt.plus(Duration.ofDays(6))), SEED))
                .isEmpty();
        assertThat(PhaseRules.due(withActivity(overridden, 65, overrideAt.plus(Duration.ofDays(6))), SEED))
                .extracting(Transition::to)
                .containsExactly(LearningPhase.ESTABLISHMENT);
    }

    @Test
    void progressCountsDoneAndNeededOnBothCriteria() {
        PhaseRules.Progress progress = PhaseRules.progress(header(LearningPhase.DISCOVERY, 9, 3), SEED);
        assertThat(progress.next()).contains(LearningPhase.ESTABLISHMENT);
        assertThat(progress.tasksDone()).isEqualTo(9);
        assertThat(progress.tasksNeeded()).isEqualTo(15);
        assertThat(progress.daysDone()).isEqualTo(3);
        assertThat(progress.daysNeeded()).isEqualTo(7);
    }

    @Test
    void aUserWhoPausedIsInTheNextPhaseOnceTheDaysHavePassed() {
        // 15 tasks in the first three days moved them to establishment; then nothing
        ProfileHeader paused = header(LearningPhase.ESTABLISHMENT, 20, 3);

        assertThat(PhaseRules.asOf(paused, SEED, FIRST.plus(Duration.ofDays(20)))
                        .phase())
                .isEqualTo(LearningPhase.ESTABLISHMENT);
        assertThat(PhaseRules.asOf(paused, SEED, FIRST.plus(Duration.ofDays(21)))
                        .phase())
                .isEqualTo(LearningPhase.MASTERY);
        assertThat(PhaseRules.asOf(paused, SEED, FIRST.plus(Duration.ofDays(21)))
                        .totals())
                .isEqualTo(paused.totals());
        assertThat(PhaseRules.due(paused, SEED))
                .as("recorded only by a feedback")
                .isEmpty();
        assertThat(PhaseRules.asOf(header(LearningPhase.DISCOVERY, 2, 1), SEED, FIRST.plus(Duration.ofDays(30)))
                        .phase())
                .as("a long pause moves through both")
                .isEqualTo(LearningPhase.MASTERY);
    }

    @Test
    void progressInDaysCountsToToday() {
        ProfileHeader paused = header(LearningPhase.DISCOVERY, 9, 3);

        assertThat(PhaseRules.progress(paused, SEED, FIRST.plus(Duration.ofDays(5)))
                        .daysDone())
                .isEqualTo(5);
        assertThat(PhaseRules.progress(paused, SEED, FIRST.plus(Duration.ofDays(1)))
                        .daysDone())
                .as("never before the latest feedback")
                .isEqualTo(3);
    }

    private static ProfileHeader header(LearningPhase phase, int completed, int daysSinceFirst) {
        Instant last = FIRST.plus(Duration.ofDays(daysSinceFirst));
        return new ProfileHeader(
                "u", ZoneOffset.UTC, phase, FIRST, null, 0, new Totals(completed, completed, 0, FIRST, last));
    }

    private static ProfileHeader withActivity(ProfileHeader header, int completed, Instant last) {
        return header.withTotals(new Totals(completed, completed, 0, FIRST, last));
    }
}
