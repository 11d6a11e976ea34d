package io.tailor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void withoutEvidenceTheScoreIsThePrior() {
        assertThat(Evidence.NONE.score(T0)).isEqualTo(Evidence.PRIOR);
    }

    @Test
    void aRatingCountsDoubleABareCompletion() {
        Evidence rated = Evidence.NONE.add(new Outcome(true, 5, T0));
        Evidence bare = Evidence.NONE.add(new Outcome(true, null, T0));
        assertThat(rated.weight()).isEqualTo(2 * bare.weight());
        assertThat(rated.score(T0)).isGreaterThan(bare.score(T0));
    }

    @Test
    void weightHalvesEveryHalfLifeOfEventTime() {
        Evidence evidence = Evidence.NONE.add(new Outcome(true, null, T0));
        assertThat(evidence.weightAt(T0.plus(Evidence.HALF_LIFE))).isCloseTo(0.5, within(1e-9));
        assertThat(evidence.weightAt(T0.plus(Evidence.HALF_LIFE.multipliedBy(2))))
                .isCloseTo(0.25, within(1e-9));
    }

    @Test
    void recentFeedbackOutweighsOldSoTastesCanChange() {
        Evidence loved = Evidence.NONE;
        for (int i = 0; i < 4; i++) {
            loved = loved.add(new Outcome(true, 5, T0.plusSeconds(i * 3600L)));
        }
        Instant sixWeeksLater = T0.plus(Evidence.HALF_LIFE.multipliedBy(3));
        Evidence changed = loved;
        for (int i = 0; i < 2; i++) {
            changed = changed.add(new Outcome(false, null, sixWeeksLater.plusSeconds(i * 3600L)));
        }
        // four old 5-star completions (weight 8, now 1) lose to two fresh skips (weight 2)
        assertThat(changed.value()).isLessThan(0.5);
        assertThat(changed.score(sixWeeksLater)).isLessThan(Evidence.PRIOR);
    }

    @Test
    void aLateSyncedEventEntersAlreadyDecayedAndDoesNotMoveTheClockBack() {
        Evidence now = Evidence.NONE.add(new Outcome(true, null, T0.plus(Evidence.HALF_LIFE)));
        Evidence withLate = now.add(new Outcome(false, null, T0));
        assertThat(withLate.asOf()).isEqualTo(T0.plus(Evidence.HALF_LIFE));
        assertThat(withLate.weight()).isCloseTo(1.5, within(1e-9));
        assertThat(withLate.value()).isCloseTo(0.8 / 1.5, within(1e-9));
    }

    @Test
    void replacingAnOutcomeGivesWhatRecordingTheNewOneInItsPlaceWouldHave() {
        Outcome before = new Outcome(true, 5, T0);
        Outcome was = new Outcome(true, 4, T0.plusSeconds(86_400));
        Outcome after = new Outcome(false, null, T0.plusSeconds(2 * 86_400));
        for (Outcome now : new Outcome[] {
            new Outcome(false, null, was.occurredAt()),
            new Outcome(true, 1, was.occurredAt()),
            new Outcome(true, null, was.occurredAt())
        }) {
            Evidence corrected = Evidence.NONE.add(before).add(was).add(after).replace(was, now);
            Evidence direct = Evidence.NONE.add(before).add(now).add(after);
            assertThat(corrected.value()).as("value for %s", now).isCloseTo(direct.value(), within(1e-12));
            assertThat(corrected.weight()).as("weight for %s", now).isCloseTo(direct.weight(), within(1e-12));
            assertThat(corrected.asOf()).isEqualTo(direct.asOf());
        }
    }
}
