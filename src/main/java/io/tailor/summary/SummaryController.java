package io.tailor.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.config.FeatureFlags;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The weekly summary; weeks start on Monday in the user's time zone. */
@RestController
@Tag(name = "Insights", description = "Weekly summaries")
class SummaryController {

    private static final int MAX_DAYS_AWAY = 2 * 366;

    private final WeeklySummaries summaries;
    private final FeatureFlags flags;
    private final Clock clock;

    SummaryController(WeeklySummaries summaries, FeatureFlags flags, Clock clock) {
        this.summaries = summaries;
        this.flags = flags;
        this.clock = clock;
    }

    @GetMapping("/api/v1/insights/weekly/{user_id}")
    @Operation(
            operationId = "getWeeklySummary",
            summary = "The weekly summary",
            description =
                    "Completion, per day and by category against the week before, favorite tasks, streaks, insights and"
                            + " recommendations; weeks start on Monday in the user's time zone."
                            + " 503 when WEEKLY_SUMMARIES_ENABLED is false.")
    @ProblemStatuses({400, 404})
    WeeklySummary weekly(
            @PathVariable("user_id") String userId,
            @Parameter(description = "A Monday within two years of today; default this week")
                    @RequestParam(name = "week_start", required = false)
                    @Nullable
                    LocalDate weekStart) {
        if (!flags.weeklySummariesEnabled()) {
            throw ApiException.disabled("WEEKLY_SUMMARIES_ENABLED");
        }
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw ApiException.notFound("No weekly summary for user '" + userId + "'");
        }
        if (weekStart != null && weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ApiException.invalid(
                    "week_start",
                    "must be a Monday, got a "
                            + weekStart.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT));
        }
        if (weekStart != null
                && Math.abs(weekStart.toEpochDay()
                                - LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay())
                        > MAX_DAYS_AWAY) {
            throw ApiException.invalid("week_start", "must be within two years of today");
        }
        return summaries.summarize(userId, Optional.ofNullable(weekStart));
    }
}
