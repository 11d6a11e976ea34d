package io.tailor.summary;

import io.tailor.feedback.DailyActivity.TaskDay;
import io.tailor.library.Category;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One week's counts, folded from its per-day feedback rows and its plans' items: totals, active days,
 * per day, per category and per task. Every report counts, planned or not (as before plans existed); a planned
 * item whose day ended without a report counts too, as not reported, so where plans exist the
 * denominator is what was planned.
 */
record WeekStats(
        Counts totals,
        int activeDays,
        @Nullable LocalDate lastActiveDay,
        Map<LocalDate, Counts> days,
        Map<Category, Counts> categories,
        List<TaskWeek> tasks) {

    static WeekStats of(List<TaskDay> days, List<PlannedItems.TaskPlan> plans) {
        Map<LocalDate, Counts> byDay = new TreeMap<>();
        Map<Category, Counts> categories = new EnumMap<>(Category.class);
        Map<String, TaskWeek> tasks = new LinkedHashMap<>();
        days.forEach(day -> add(
                new TaskWeek(day.taskLibraryId(), day.taskName(), day.category(), Counts.of(day)),
                day.date(),
                day.taskKey(),
                byDay,
                categories,
                tasks));
        plans.forEach(plan -> add(
                new TaskWeek(plan.taskLibraryId(), plan.taskName(), plan.category(), Counts.of(plan)),
                plan.date(),
                plan.taskKey(),
                byDay,
                categories,
                tasks));
        Counts totals = categories.values().stream().reduce(Counts.ZERO, Counts::plus);
        List<LocalDate> active = days.stream()
                .filter(day -> day.completed() > 0)
                .map(TaskDay::date)
                .distinct()
                .toList();
        return new WeekStats(
                totals,
                active.size(),
                active.stream().max(Comparator.naturalOrder()).orElse(null),
                byDay,
                categories,
                List.copyOf(tasks.values()));
    }

    private static void add(
            TaskWeek counted,
            LocalDate date,
            String taskKey,
            Map<LocalDate, Counts> byDay,
            Map<Category, Counts> categories,
            Map<String, TaskWeek> tasks) {
        byDay.merge(date, counted.counts(), Counts::plus);
        categories.merge(counted.category(), counted.counts(), Counts::plus);
        tasks.merge(taskKey, counted, TaskWeek::plus);
    }

    /** Nothing reported: plans alone do not make a week logged. */
    boolean isEmpty() {
        return totals.reported() == 0;
    }

    /**
     * A day's, a category's or a week's counts: reports (done or skipped) with their ratings, and planned
     * items, of which so many were not reported by the end of their day and so many are still pending on a
     * day not yet over. The total a rate is taken over is the reports plus the not reported.
     */
    record Counts(
            int reported, int completed, int ratingCount, int ratingSum, int planned, int notReported, int pending) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        static Counts of(TaskDay day) {
            return new Counts(day.total(), day.completed(), day.ratingCount(), day.ratingSum(), 0, 0, 0);
        }

        static Counts of(PlannedItems.TaskPlan plan) {
            return new Counts(0, 0, 0, 0, plan.planned(), plan.notReported(), plan.pending());
        }

        Counts plus(Counts other) {
            return new Counts(
                    reported + other.reported,
                    completed + other.completed,
                    ratingCount + other.ratingCount,
                    ratingSum + other.ratingSum,
                    planned + other.planned,
                    notReported + other.notReported,
                    pending + other.pending);
        }

        int total() {
            return reported + notReported;
        }

        int skipped() {
            return reported - completed;
        }

        double completionRate() {
            return total() == 0 ? 0 : (double) completed / total();
        }

        OptionalDouble meanRating() {
            return ratingCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratingCount);
        }
    }

    /** One task's week. */
    record TaskWeek(@Nullable String taskLibraryId, String taskName, Category category, Counts counts) {

        TaskWeek plus(TaskWeek other) {
            return new TaskWeek(taskLibraryId, taskName, category, counts.plus(other.counts));
        }
    }
}
