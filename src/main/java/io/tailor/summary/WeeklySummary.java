package io.tailor.summary;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Category;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** {@code GET /insights/weekly/{user_id}}: the spec's summary shape. */
record WeeklySummary(
        String userId,
        LocalDate weekStart,
        LocalDate weekEnd,
        String timezone,
        CompletionStats completionStats,
        List<DayCompletion> dailyCompletion,
        List<CategoryPerformance> categoryPerformance,
        List<FavoriteTask> favoriteTasks,
        StreakInfo streakInfo,
        List<String> insights,
        List<String> recommendations,
        @Nullable String emptyState) {

    static final int FAVORITES = 5;
    static final String PLANNED = "planned";
    static final String REPORTED = "reported";
    static final String EMPTY = "No tasks logged this week yet. Complete one today to start a new streak!";

    /**
     * The week's tasks: {@code total_tasks} = done + skipped + not reported, the denominator of the rate.
     * Where plans exist ({@code counted_over: "planned"}) that is what was planned, plus any task reported
     * without a plan; a week without plans counts reports only ({@code "reported"}), as before plans.
     */
    record CompletionStats(
            int totalTasks,
            int completedTasks,
            double completionRate,
            int activeDays,

            @Schema(description = "Items in the week's plans")
            int plannedTasks,

            @Schema(description = "Tasks reported as skipped")
            int skippedTasks,

            @Schema(description = "Planned items without a report when their day ended in the user's zone")
            int notReportedTasks,

            @Schema(description = "Planned items of a day not yet over, without a report: not counted yet")
            int pendingTasks,

            @Schema(
                    description = "What total_tasks counts: the week's planned items (and any task"
                            + " reported without a plan), or reports only when the week has no plan",
                    allowableValues = {PLANNED, REPORTED})
            String countedOver,

            @Schema(description = "Reports that carried a rating")
            int ratedTasks,

            @Schema(description = "The mean of those ratings; null without one") @Nullable
            Double averageRating) {
        static CompletionStats of(WeekStats week) {
            WeekStats.Counts totals = week.totals();
            return new CompletionStats(
                    totals.total(),
                    totals.completed(),
                    round(totals.completionRate()),
                    week.activeDays(),
                    totals.planned(),
                    totals.skipped(),
                    totals.notReported(),
                    totals.pending(),
                    totals.planned() > 0 ? PLANNED : REPORTED,
                    totals.ratingCount(),
                    roundedMean(totals));
        }
    }

    /** Each of the week's seven days, Monday first, empty days included, so a chart has a point for every day. */
    record DayCompletion(LocalDate date, int totalTasks, int completedTasks, double completionRate) {

        static List<DayCompletion> of(WeekStats week, LocalDate start) {
            return IntStream.range(0, 7)
                    .mapToObj(start::plusDays)
                    .map(date -> {
                        WeekStats.Counts counts = week.days().getOrDefault(date, WeekStats.Counts.ZERO);
                        return new DayCompletion(
                                date, counts.total(), counts.completed(), round(counts.completionRate()));
                    })
                    .toList();
        }
    }

    record CategoryPerformance(
            Category category,
            int totalTasks,
            int completedTasks,
            double completionRate,
            @Nullable Double meanRating,
            @Nullable Double completionRateChange,
            int plannedTasks,
            int skippedTasks,
            int notReportedTasks,
            int pendingTasks) {

        static List<CategoryPerformance> of(WeekStats week, WeekStats previous) {
            return week.categories().entrySet().stream()
                    .map(entry -> {
                        WeekStats.Counts counts = entry.getValue();
                        WeekStats.Counts before = previous.categories().get(entry.getKey());
                        return new CategoryPerformance(
                                entry.getKey(),
                                counts.total(),
                                counts.completed(),
                                round(counts.completionRate()),
                                roundedMean(counts),
                                before == null ? null : round(counts.completionRate() - before.completionRate()),
                                counts.planned(),
                                counts.skipped(),
                                counts.notReported(),
                                counts.pending());
                    })
                    .toList();
        }
    }

    /** The week's top tasks: most completions first, then the best mean rating, then by name. */
    record FavoriteTask(
            @Nullable String taskLibraryId,
            String taskName,
            Category category,
            int completed,
            int total,
            @Nullable Double meanRating) {

        static List<FavoriteTask> of(WeekStats week) {
            return week.tasks().stream()
                    .filter(task -> task.counts().completed() > 0)
                    .sorted(Comparator.comparingInt(
                                    (WeekStats.TaskWeek task) -> task.counts().completed())
                            .reversed()
                            .thenComparing(task -> -task.counts().meanRating().orElse(0))
                            .thenComparing(WeekStats.TaskWeek::taskName))
                    .limit(FAVORITES)
                    .map(task -> new FavoriteTask(
                            task.taskLibraryId(),
                            task.taskName(),
                            task.category(),
                            task.counts().completed(),
                            task.counts().total(),
                            roundedMean(task.counts())))
                    .toList();
        }
    }

    record StreakInfo(int currentStreak, int longestStreak) {}

    /** The mean rating as the summary states it, rounded once. */
    static @Nullable Double roundedMean(WeekStats.Counts counts) {
        return counts.meanRating().isPresent() ? round(counts.meanRating().getAsDouble()) : null;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
