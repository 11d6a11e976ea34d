package io.tailor.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.RotationWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentUsesTest {

    private static final Instant PLAN = Instant.parse("2026-11-10T00:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(48);

    @Test
    void aStoredPlanOnANearbyDayDecidesEvenWhenALaterUseIsRecorded() {
        // backfilling the 10th after planning the 12th and the 9th: the 9th is what counts
        Map<String, Instant> uses = RecentUses.forPlan(
                Map.of("yoga", Instant.parse("2026-11-12T00:00:00Z")),
                Map.of("yoga", Instant.parse("2026-11-09T00:00:00Z")),
                PLAN,
                Instant.parse("2026-11-13T09:00:00Z"),
                WINDOW);
        assertThat(RotationWindow.holdsBack(uses.get("yoga"), PLAN, WINDOW)).isTrue();
    }

    @Test
    void aUseInsideTheWindowThatNoStoredPlanHoldsIsFree() {
        // the plan that used it was regenerated away
        Map<String, Instant> uses =
                RecentUses.forPlan(Map.of("yoga", PLAN.minus(Duration.ofHours(24))), Map.of(), PLAN, PLAN, WINDOW);
        assertThat(RotationWindow.holdsBack(uses.get("yoga"), PLAN, WINDOW)).isFalse();
    }

    @Test
    void usesOutsideTheWindowStayForLeastRecentlyUsed() {
        Instant old = PLAN.minus(Duration.ofDays(9));
        assertThat(RecentUses.forPlan(Map.of("walk", old), Map.of(), PLAN, PLAN, WINDOW))
                .containsEntry("walk", old);
    }

    @Test
    void aUsePlannedAheadOfTheHorizonCountsForNothing() {
        // today is the 10th: tomorrow's plan, made already, holds nothing back today
        Instant now = PLAN.plus(Duration.ofHours(9));
        Instant tomorrow = PLAN.plus(Duration.ofDays(1));
        Map<String, Instant> uses =
                RecentUses.forPlan(Map.of("yoga", tomorrow), Map.of("walk", tomorrow), PLAN, now, WINDOW);
        assertThat(uses).isEmpty();
        assertThat(RecentUses.forPlan(Map.of("yoga", tomorrow), Map.of("walk", tomorrow), PLAN, tomorrow, WINDOW))
                .as("seen from the day after, both count")
                .containsOnlyKeys("yoga", "walk");
    }
}
