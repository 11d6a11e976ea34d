package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.plan.PlanContext.PlannedGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanContextTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-12");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant AHEAD = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void eachGroupCountsAtTheStartOfTheNearestOtherDayWithinTheWindow() {
        PlanContext context = planned(
                new PlannedGroup("walking", DAY.minusDays(2)),
                new PlannedGroup("walking", DAY.plusDays(1)),
                new PlannedGroup("citrus_water", DAY),
                new PlannedGroup("meditation", DAY.minusDays(3)),
                new PlannedGroup("planning", DAY.plusDays(1)),
                new PlannedGroup("planning", DAY.minusDays(1)));

        assertThat(context.groupsPlannedAround(DAY, Duration.ofHours(48), BERLIN, AHEAD))
                .as("the plan's own day and days beyond the window do not count; of two equally near, the earlier")
                .isEqualTo(Map.of(
                        "walking", Instant.parse("2026-03-12T23:00:00Z"),
                        "planning", Instant.parse("2026-03-10T23:00:00Z")));
    }

    @Test
    void daysPlannedAheadOfTheHorizonDoNotCountAndLetAnEarlierDayDecide() {
        PlanContext context = planned(
                new PlannedGroup("walking", DAY.minusDays(2)),
                new PlannedGroup("walking", DAY.plusDays(1)),
                new PlannedGroup("planning", DAY.plusDays(1)));
        Instant noonOnTheDay = Instant.parse("2026-03-12T11:00:00Z");

        assertThat(context.groupsPlannedAround(DAY, Duration.ofHours(72), BERLIN, noonOnTheDay))
                .isEqualTo(Map.of("walking", Instant.parse("2026-03-09T23:00:00Z")));
    }

    @Test
    void aWindowReachesEveryDayItTouches() {
        assertThat(PlanContext.daysAround(Duration.ofHours(48))).isEqualTo(2);
        assertThat(PlanContext.daysAround(Duration.ofHours(49))).isEqualTo(3);
        assertThat(PlanContext.daysAround(Duration.ofHours(1))).isEqualTo(1);
    }

    private static PlanContext planned(PlannedGroup... uses) {
        return new PlanContext(
                Optional.empty(), List.of(), Map.of(), List.of(uses), List.of(), TimeBlocks.NONE, Optional.empty());
    }
}
