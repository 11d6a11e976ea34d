package io.tailor.summary;

import io.tailor.feedback.DailyActivity;
import io.tailor.library.Task;
import io.tailor.library.TaskLibrary;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a week's summary from two weeks of per-day rows, two weeks of plans, two streak lookups and the
 * profile: a handful of indexed reads whatever the length of the user's history.
 */
@Service
class WeeklySummaries {

    /** The profile's default, named as the profile names it ({@code UTC}, not {@code Z}). */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final DailyActivity days;
    private final PlannedItems planned;
    private final ProfileStore profiles;
    private final TaskLibrary library;
    private final Clock clock;

    WeeklySummaries(DailyActivity days, PlannedItems planned, ProfileStore profiles, TaskLibrary library, Clock clock) {
        this.days = days;
        this.planned = planned;
        this.profiles = profiles;
        this.library = library;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    WeeklySummary summarize(String userId, Optional<LocalDate> requestedStart) {
        Optional<PreferenceProfile> profile = profiles.load(userId);
        ZoneId zone = profile.map(p -> p.header().timezone()).orElse(UTC);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate start =
                requestedStart.orElseGet(() -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        List<DailyActivity.TaskDay> twoWeeks = days.between(userId, start.minusWeeks(1), start.plusWeeks(1));
        List<PlannedItems.TaskPlan> twoWeeksPlanned =
                planned.between(userId, start.minusWeeks(1), start.plusWeeks(1), today);
        WeekStats previous = WeekStats.of(
                twoWeeks.stream().filter(day -> day.date().isBefore(start)).toList(),
                twoWeeksPlanned.stream()
                        .filter(plan -> plan.date().isBefore(start))
                        .toList());
        WeekStats week = WeekStats.of(
                twoWeeks.stream().filter(day -> !day.date().isBefore(start)).toList(),
                twoWeeksPlanned.stream()
                        .filter(plan -> !plan.date().isBefore(start))
                        .toList());
        WeeklySummary.StreakInfo streaks = streaks(userId, week, start, today);
        LearningPhase phase = profile.map(p -> p.header().phase()).orElse(LearningPhase.DISCOVERY);
        return new WeeklySummary(
                userId,
                start,
                start.plusDays(6),
                zone.getId(),
                WeeklySummary.CompletionStats.of(week),
                WeeklySummary.DayCompletion.of(week, start),
                WeeklySummary.CategoryPerformance.of(week, previous),
                WeeklySummary.FavoriteTask.of(week),
                streaks,
                InsightRules.insights(week, previous, streaks.currentStreak()),
                Recommendations.forNextWeek(
                        week,
                        dislikedNames(profile, clock.instant()),
                        taskId -> profile.map(p -> p.task(taskId).meanRating().orElse(0))
                                .orElse(0.0),
                        phase),
                week.isEmpty() ? WeeklySummary.EMPTY : null);
    }

    /**
     * The current streak: the run of active days through the week's last active day. In the week
     * that contains today, a run that ended before yesterday is over, and the streak is 0.
     */
    private WeeklySummary.StreakInfo streaks(String userId, WeekStats week, LocalDate start, LocalDate today) {
        LocalDate lastActive = week.lastActiveDay();
        int current = 0;
        if (lastActive != null) {
            LocalDate end = lastActive.isAfter(today) ? today : lastActive;
            boolean thisWeek = !today.isBefore(start) && !today.isAfter(start.plusDays(6));
            boolean lapsed = thisWeek && end.isBefore(today.minusDays(1));
            current = lapsed
                    ? 0
                    : days.runContaining(userId, end)
                            .map(run -> (int) (end.toEpochDay() - run.start().toEpochDay()) + 1)
                            .orElse(0);
        }
        return new WeeklySummary.StreakInfo(current, days.longestStreak(userId, start.plusDays(6), today));
    }

    private List<String> dislikedNames(Optional<PreferenceProfile> profile, Instant now) {
        Set<String> disliked = profile.map(p -> p.disliked(now)).orElse(Set.of());
        return library.byIds(disliked).stream().map(Task::name).toList();
    }
}
