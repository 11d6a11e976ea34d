package io.tailor.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Weeks as the pinned clock sees them: today is a Thursday, the week before holds a month's end and start. */
class WeeklySummaryApiTest extends FixedClockTest {

    private static final LocalDate THIS_WEEK = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private static final LocalDate WEEK = THIS_WEEK.minusWeeks(1);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final String user = "summary-" + UUID.randomUUID();

    @Test
    void theSpecsExampleWeekRebuiltFromFeedback() {
        String[] tasks = {"Morning Yoga", "Green Tea Ritual", "Box Breathing", "Buddha Bowl Lunch"};
        String[] categories = {"movement", "hydration", "wellness", "nutrition"};
        int[] doneByDay = {4, 4, 4, 4, 3, 3, 0};
        for (int day = 0; day < 7; day++) {
            for (int task = 0; task < 4; task++) {
                Integer rating = day < 2 && task == 0 ? 5 - day : null;
                feedback(
                        user,
                        tasks[task],
                        categories[task],
                        task < doneByDay[day],
                        rating,
                        at(WEEK.plusDays(day), 8 + task));
            }
        }
        JsonNode summary = summary(user, WEEK);

        JsonNode stats = summary.get("completion_stats");
        assertThat(stats.get("total_tasks").asInt()).isEqualTo(28);
        assertThat(stats.get("completed_tasks").asInt()).isEqualTo(22);
        assertThat(stats.get("completion_rate").asDouble()).isEqualTo(0.786);
        assertThat(stats.get("active_days").asInt()).isEqualTo(6);
        assertThat(strings(summary.get("insights")))
                .containsExactly(
                        "🔥 Amazing! You completed 79% of your 28 tasks!",
                        "🌟 Incredible consistency! Active 6 days this week.");
        assertThat(strings(summary.get("recommendations")))
                .as("Morning Yoga is not in the library: the selector could not include similar tasks")
                .noneMatch(line -> line.contains("You loved"));
        assertThat(summary.get("favorite_tasks").get(0).get("task_name").asString())
                .isEqualTo("Morning Yoga");
        assertThat(summary.get("favorite_tasks").get(0).get("mean_rating").asDouble())
                .isEqualTo(4.5);
        assertThat(summary.get("category_performance")).hasSize(4);
        JsonNode days = summary.get("daily_completion");
        assertThat(days).hasSize(7);
        for (int day = 0; day < 7; day++) {
            assertThat(days.get(day).get("date").asString())
                    .isEqualTo(WEEK.plusDays(day).toString());
            assertThat(days.get(day).get("total_tasks").asInt()).isEqualTo(4);
            assertThat(days.get(day).get("completed_tasks").asInt()).isEqualTo(doneByDay[day]);
            assertThat(days.get(day).get("completion_rate").asDouble()).isEqualTo(doneByDay[day] / 4.0);
        }
        assertThat(summary.get("streak_info").get("current_streak").asInt()).isEqualTo(6);
        assertThat(summary.get("empty_state").isNull()).isTrue();
    }

    @Test
    void theSpecsExampleWeekRedoneThroughPlansCountsWhatWasPlanned() {
        int[] doneByDay = {4, 4, 4, 4, 3, 3, 0};
        for (int day = 0; day < 7; day++) {
            List<JsonNode> items = plan(user, WEEK.plusDays(day), "movement", "hydration", "wellness", "nutrition");
            for (int slot = 0; slot < doneByDay[day]; slot++) {
                report(user, items.get(slot), true, at(WEEK.plusDays(day), 8 + slot));
            }
        }
        JsonNode summary = summary(user, WEEK);

        JsonNode stats = summary.get("completion_stats");
        assertThat(stats.get("planned_tasks").asInt()).isEqualTo(28);
        assertThat(stats.get("total_tasks").asInt()).isEqualTo(28);
        assertThat(stats.get("completed_tasks").asInt()).isEqualTo(22);
        assertThat(stats.get("skipped_tasks").asInt()).isZero();
        assertThat(stats.get("not_reported_tasks").asInt()).isEqualTo(6);
        assertThat(stats.get("pending_tasks").asInt()).isZero();
        assertThat(stats.get("completion_rate").asDouble()).isEqualTo(0.786);
        assertThat(stats.get("counted_over").asString()).isEqualTo("planned");
        assertThat(strings(summary.get("insights")))
                .containsExactly(
                        "🔥 Amazing! You completed 79% of your 28 tasks!",
                        "📝 6 planned tasks were not reported. A tap on done or skip helps us plan better.",
                        "🌟 Incredible consistency! Active 6 days this week.");
        int categoryNotReported = 0;
        for (JsonNode category : summary.get("category_performance")) {
            assertThat(category.get("planned_tasks").asInt()).isEqualTo(7);
            assertThat(category.get("total_tasks").asInt()).isEqualTo(7);
            categoryNotReported += category.get("not_reported_tasks").asInt();
        }
        assertThat(categoryNotReported).isEqualTo(6);
    }

    @Test
    void oneTaskDoneOfAFivePlanIsTwentyPercentOnceTheDayIsOverAndPendingUntilThen() {
        LocalDate yesterday = TODAY.minusDays(1);
        LocalDate today = TODAY;
        List<JsonNode> items = plan(user, yesterday);
        assertThat(items).hasSize(5);
        report(user, items.get(0), true, at(yesterday, 9));
        report(user, plan(user, today).get(0), false, at(today, 9));

        JsonNode stats = summary(user, THIS_WEEK).get("completion_stats");
        assertThat(stats.get("planned_tasks").asInt()).isEqualTo(10);
        assertThat(stats.get("completed_tasks").asInt()).isEqualTo(1);
        assertThat(stats.get("skipped_tasks").asInt()).isEqualTo(1);
        assertThat(stats.get("not_reported_tasks").asInt())
                .as("yesterday's four")
                .isEqualTo(4);
        assertThat(stats.get("pending_tasks").asInt()).as("today's four").isEqualTo(4);
        assertThat(stats.get("total_tasks").asInt()).isEqualTo(6);
        assertThat(stats.get("completion_rate").asDouble()).isEqualTo(0.167);

        report(user, items.get(1), true, at(yesterday, 21));
        JsonNode late = summary(user, THIS_WEEK).get("completion_stats");
        assertThat(late.get("completed_tasks").asInt())
                .as("a late report counts")
                .isEqualTo(2);
        assertThat(late.get("not_reported_tasks").asInt()).isEqualTo(3);
    }

    @Test
    void feedbackOnTasksNeverPlannedStillCountsBesideAPlan() {
        LocalDate day = THIS_WEEK.plusDays(1);
        List<JsonNode> items = plan(user, day, "movement", "hydration");
        report(user, items.get(0), true, at(day, 9));
        feedback(user, "Box Breathing", "wellness", true, null, at(day, 10));

        JsonNode stats = summary(user, THIS_WEEK).get("completion_stats");
        assertThat(stats.get("planned_tasks").asInt()).isEqualTo(2);
        assertThat(stats.get("completed_tasks").asInt()).isEqualTo(2);
        assertThat(stats.get("not_reported_tasks").asInt()).isEqualTo(1);
        assertThat(stats.get("total_tasks").asInt()).isEqualTo(3);
        assertThat(summary(user, WEEK)
                        .get("completion_stats")
                        .get("counted_over")
                        .asString())
                .as("a week without plans counts reports")
                .isEqualTo("reported");
    }

    @Test
    void weekBoundariesAreLocalAcrossTheDaylightSavingChange() {
        setTimezone(user, "America/New_York");
        assertThat(NEW_YORK.getRules()
                        .isDaylightSavings(WEEK.atStartOfDay(NEW_YORK).toInstant()))
                .as("standard time when the week begins, daylight saving time when it ends")
                .isFalse();
        assertThat(NEW_YORK.getRules()
                        .isDaylightSavings(THIS_WEEK.atStartOfDay(NEW_YORK).toInstant()))
                .isTrue();
        // Sunday 23:30 EST, Monday 00:30 EST, Sunday 23:00 EDT, Monday 00:30 EDT
        feedback(user, "Box Breathing", "wellness", true, null, inNewYork(WEEK.minusDays(1), 23, 30));
        feedback(user, "Box Breathing", "wellness", true, null, inNewYork(WEEK, 0, 30));
        feedback(user, "Box Breathing", "wellness", true, null, inNewYork(THIS_WEEK.minusDays(1), 23, 0));
        feedback(user, "Box Breathing", "wellness", true, null, inNewYork(THIS_WEEK, 0, 30));

        assertThat(summary(user, WEEK.minusWeeks(1))
                        .get("completion_stats")
                        .get("total_tasks")
                        .asInt())
                .isEqualTo(1);
        JsonNode week = summary(user, WEEK);
        assertThat(week.get("completion_stats").get("total_tasks").asInt()).isEqualTo(2);
        assertThat(week.get("completion_stats").get("active_days").asInt()).isEqualTo(2);
        assertThat(week.get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(summary(user, WEEK.plusWeeks(1))
                        .get("completion_stats")
                        .get("total_tasks")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void streaksRunAcrossWeekAndMonthBoundariesWhateverOrderTheDaysArrive() {
        // a weekend three weeks before, then Thursday to Wednesday across the end of a month
        for (int day : new int[] {-16, -15, 2, -4, 0, -3, -1, 1, -2}) {
            feedback(user, "Box Breathing", "wellness", true, null, at(WEEK.plusDays(day), 9));
        }
        feedback(user, "Box Breathing", "wellness", false, null, at(WEEK.plusDays(3), 9));

        JsonNode summary = summary(user, WEEK);
        assertThat(summary.get("streak_info").get("current_streak").asInt()).isEqualTo(7);
        assertThat(summary.get("streak_info").get("longest_streak").asInt()).isEqualTo(7);
        assertThat(strings(summary.get("insights"))).contains("🔥 7-day streak! Keep it going.");
        JsonNode weeksBefore = summary(user, WEEK.minusWeeks(3)).get("streak_info");
        assertThat(weeksBefore.get("current_streak").asInt()).isEqualTo(2);
        assertThat(weeksBefore.get("longest_streak").asInt())
                .as("as it stood then: the seven days came later")
                .isEqualTo(2);
        assertThat(summary(user, WEEK.minusWeeks(1))
                        .get("streak_info")
                        .get("longest_streak")
                        .asInt())
                .as("a run going on past the week counts up to its Sunday")
                .isEqualTo(4);
    }

    @Test
    void aStreakThatEndedBeforeYesterdayIsNotCurrent() {
        feedback(user, "Box Breathing", "wellness", true, null, at(THIS_WEEK, 9));
        JsonNode thisWeek = summary(user, THIS_WEEK);
        assertThat(thisWeek.get("streak_info").get("current_streak").asInt()).isZero();
        assertThat(thisWeek.get("streak_info").get("longest_streak").asInt()).isEqualTo(1);
        feedback(user, "Box Breathing", "wellness", true, null, at(TODAY.minusDays(1), 9));
        assertThat(summary(user, THIS_WEEK)
                        .get("streak_info")
                        .get("current_streak")
                        .asInt())
                .as("active yesterday: still going")
                .isEqualTo(1);
    }

    @Test
    void anEmptyWeekIsZerosAndAnEncouragingWordNotAnError() {
        JsonNode summary = summary(user, WEEK);
        assertThat(summary.get("completion_stats").get("total_tasks").asInt()).isZero();
        assertThat(summary.get("completion_stats").get("completion_rate").asDouble())
                .isZero();
        assertThat(summary.get("insights")).isEmpty();
        assertThat(summary.get("empty_state").asString()).contains("start a new streak");
    }

    @Test
    void aUserWithoutAProfileHasTheSummaryInUtcNamedAsTheProfileNamesIt() {
        assertThat(summary("no-profile-" + user, WEEK).get("timezone").asString())
                .isEqualTo("UTC");
    }

    @Test
    void theDefaultWeekIsTheOneContainingTodayInTheUsersZone() {
        Reply reply = api().get("/api/v1/insights/weekly/" + user, Tokens.user(user));
        assertThat(reply.json().get("week_start").asString()).isEqualTo(THIS_WEEK.toString());
        assertThat(reply.json().get("week_end").asString())
                .isEqualTo(THIS_WEEK.plusDays(6).toString());
    }

    @Test
    void aWeekStartThatIsNoMondayOrAnotherUsersSummaryIsRefused() {
        Reply tuesday = api().get(
                        "/api/v1/insights/weekly/" + user + "?week_start=" + THIS_WEEK.plusDays(1), Tokens.user(user));
        assertThat(tuesday.status()).isEqualTo(400);
        assertThat(tuesday.json().get("errors").get(0).get("field").asString()).isEqualTo("week_start");
        assertThat(api().get("/api/v1/insights/weekly/" + user, Tokens.user(user + "-other"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aWeekStartIsExactlyYyyyMmDd() {
        for (String weekStart : List.of(
                THIS_WEEK.format(DateTimeFormatter.ofPattern("M/d/yy")),
                THIS_WEEK + "T00:00:00Z",
                THIS_WEEK.format(DateTimeFormatter.ofPattern("yyyy-M-d")),
                THIS_WEEK.format(DateTimeFormatter.BASIC_ISO_DATE))) {
            Reply reply = api().get("/api/v1/insights/weekly/" + user + "?week_start=" + weekStart, Tokens.user(user));
            assertThat(reply.status()).as(weekStart + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("week_start");
        }
    }

    @Test
    void aLovedLibraryTaskIsPromisedSimilarTasks() {
        for (int day = 0; day < 2; day++) {
            Reply reply = api().post("/api/v1/feedback/task", Tokens.user(user), """
                    {"user_id": "%s", "task_library_id": "movement-sunrise-yoga-flow", "task_name": "Sunrise Yoga Flow",
                     "category": "movement", "completed": true, "satisfaction_rating": %d, "occurred_at": "%s"}""".formatted(
                            user, 5 - day, at(WEEK.plusDays(day), 8)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }

        assertThat(strings(summary(user, WEEK).get("recommendations")))
                .contains("✅ You loved 'Sunrise Yoga Flow'! We'll include similar tasks.");
    }

    private void feedback(String userId, String task, String category, boolean completed, Integer rating, Instant at) {
        Reply reply = api().post("/api/v1/feedback/task", Tokens.user(userId), """
                {"user_id": "%s", "task_name": "%s", "category": "%s", "completed": %s, "satisfaction_rating": %s,
                 "occurred_at": "%s"}""".formatted(
                        userId, task, category, completed, rating, at));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private List<JsonNode> plan(String userId, LocalDate date, String... categories) {
        String only = categories.length == 0 ? "" : ", \"categories\": [\"" + String.join("\", \"", categories) + "\"]";
        return PlanSteps.items(steps().plan(userId, date, only));
    }

    private void report(String userId, JsonNode item, boolean completed, Instant at) {
        steps().report(userId, item, completed, at);
    }

    private PlanSteps steps() {
        return new PlanSteps(api());
    }

    private JsonNode summary(String userId, LocalDate weekStart) {
        Reply reply = api().get("/api/v1/insights/weekly/" + userId + "?week_start=" + weekStart, Tokens.user(userId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private static Instant inNewYork(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(NEW_YORK).toInstant();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
