package io.tailor.summary;

import io.tailor.library.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The week's personal messages, each from a rule with a threshold; no rule, no message. Every number a
 * message states is one the summary states too (a rate as its whole percent), so the two never disagree.
 * <ul>
 *   <li>completion: at least {@value #AMAZING_RATE} of the week's tasks done, "Amazing!"; at least
 *       {@value #GOOD_RATE}, "Good work!"; "of your N tasks", N being {@code total_tasks};
 *   <li>planned tasks left not reported: how many, and that a tap on done or skip teaches the plans;
 *   <li>consistency: at least {@value #CONSISTENT_DAYS} active days, "Incredible consistency!"; at
 *       least {@value #RHYTHM_DAYS}, "Nice rhythm";
 *   <li>a category with at least {@value #MIN_CATEGORY_TASKS} tasks in this and the week before whose
 *       completion rate fell by at least {@value #CATEGORY_SHIFT} gets a gentle note; one that rose as
 *       much gets praise;
 *   <li>a current streak of at least {@value #STREAK_DAYS} days;
 *   <li>a mean rating of at least {@value #HAPPY_RATING} over at least {@value #MIN_RATINGS} ratings.
 * </ul>
 */
final class InsightRules {

    static final double AMAZING_RATE = 0.75;
    static final double GOOD_RATE = 0.5;
    static final int CONSISTENT_DAYS = 6;
    static final int RHYTHM_DAYS = 4;
    static final int MIN_CATEGORY_TASKS = 3;
    static final double CATEGORY_SHIFT = 0.2;
    static final int STREAK_DAYS = 7;
    static final double HAPPY_RATING = 4.5;
    static final int MIN_RATINGS = 3;

    private InsightRules() {}

    static List<String> insights(WeekStats week, WeekStats previous, int currentStreak) {
        List<String> insights = new ArrayList<>();
        double rate = WeeklySummary.round(week.totals().completionRate());
        // total_tasks, not "planned": reports without a plan count in it, and a day not over yet does not
        String tasks = "of your " + week.totals().total() + (week.totals().total() == 1 ? " task" : " tasks");
        if (week.totals().total() > 0 && rate >= AMAZING_RATE) {
            insights.add("🔥 Amazing! You completed " + percent(rate) + "% " + tasks + "!");
        } else if (week.totals().total() > 0 && rate >= GOOD_RATE) {
            insights.add("💪 Good work! You completed " + percent(rate) + "% " + tasks + ".");
        }
        int notReported = week.totals().notReported();
        if (notReported > 0) {
            insights.add("📝 " + notReported + (notReported == 1 ? " planned task was" : " planned tasks were")
                    + " not reported. A tap on done or skip helps us plan better.");
        }
        if (week.activeDays() >= CONSISTENT_DAYS) {
            insights.add("🌟 Incredible consistency! Active " + week.activeDays() + " days this week.");
        } else if (week.activeDays() >= RHYTHM_DAYS) {
            insights.add("✨ Nice rhythm: active " + week.activeDays() + " days this week.");
        }
        week.categories()
                .forEach((category, counts) ->
                        categoryShift(category, counts, previous.categories()).ifPresent(insights::add));
        if (currentStreak >= STREAK_DAYS) {
            insights.add("🔥 " + currentStreak + "-day streak! Keep it going.");
        }
        Double rating = WeeklySummary.roundedMean(week.totals());
        if (rating != null && week.totals().ratingCount() >= MIN_RATINGS && rating >= HAPPY_RATING) {
            insights.add(String.format(
                    Locale.ROOT, "😊 You rated your tasks %.1f on average: these plans suit you.", rating));
        }
        return insights;
    }

    private static java.util.Optional<String> categoryShift(
            Category category, WeekStats.Counts now, Map<Category, WeekStats.Counts> before) {
        WeekStats.Counts then = before.get(category);
        if (then == null || then.total() < MIN_CATEGORY_TASKS || now.total() < MIN_CATEGORY_TASKS) {
            return java.util.Optional.empty();
        }
        // the category's completion_rate and completion_rate_change, as the summary states them
        double change = WeeklySummary.round(now.completionRate() - then.completionRate());
        String name = capitalized(category);
        String byTo = " by " + percent(Math.abs(change)) + " points to " + percent(now.completionRate()) + "%";
        if (change <= -CATEGORY_SHIFT + 1e-9) {
            // no advice the selector would not follow: it does not pick lighter tasks for a slipping category
            return java.util.Optional.of("🌿 " + name + " slipped" + byTo + " this week.");
        }
        if (change >= CATEGORY_SHIFT - 1e-9) {
            return java.util.Optional.of("📈 " + name + " is up" + byTo + "!");
        }
        return java.util.Optional.empty();
    }

    /**
     * A rate as a whole percent, from the summary's rounded rate: one rounding for every number shown, the
     * web app's too ({@code percent} in {@code app/api.js}). Counted in tenths first, so 0.815 is 82 as
     * 81.5 rounds, not 81 as the double 81.49999... does.
     */
    static long percent(double rate) {
        return Math.round(Math.round(WeeklySummary.round(rate) * 1000) / 10.0);
    }

    static String capitalized(Category category) {
        return category.value().substring(0, 1).toUpperCase(Locale.ROOT)
                + category.value().substring(1);
    }
}
