package io.tailor.selection;

import static org.assertj.core.api.Assertions.assertThat;

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
                WINDOW);
        assertThat(Rotation.usedWithinWindow(uses.get("yoga"), PLAN, WINDOW)).isTrue();
    }

    @Test
    void aUseInsideTheWindowThatNoStoredPlanHoldsIsFree() {
        // the plan that used it was regenerated away
        Map<String, Instant> uses =
                RecentUses.forPlan(Map.of("yoga", PLAN.minus(Duration.ofHours(24))), Map.of(), PLAN, WINDOW);
        assertThat(Rotation.usedWithinWindow(uses.get("yoga"), PLAN, WINDOW)).isFalse();
    }

    @Test
    void usesOutsideTheWindowStayForLeastRecentlyUsed() {
        Instant old = PLAN.minus(Duration.ofDays(9));
        assertThat(RecentUses.forPlan(Map.of("walk", old), Map.of(), PLAN, WINDOW))
                .containsEntry("walk", old);
    }
}
