package io.tailor.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WeeklySummaryApiTest extends FixedClockTest {

    private static final LocalDate WEEK = LocalDate.parse("2026-03-02");
    private static final LocalDate THIS_WEEK = LocalDate.parse("2026-03-09");

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
                        "🔥 Amazing! You completed 79% of your tasks!",
                        "🌟 Incredible consistency! Active 6 days this week.");
        assertThat(strings(summary.get("recommendations")))
                .contains("✅ You loved 'Morning Yoga'! We'll include similar tasks.");
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
                        "🔥 Amazing! You completed 79% of your 28 planned tasks!",
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
        LocalDate yesterday = LocalDate.parse("2026-03-11");
        LocalDate today = LocalDate.parse("2026-03-12");
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
        LocalDate day = LocalDate.parse("2026-03-10");
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
        // Sunday 1 March 23:30 EST, Monday 2 March 00:30 EST, Sunday 8 March 23:00 EDT, Monday 9 March 00:30 EDT
        feedback(user, "Box Breathing", "wellness", true, null, Instant.parse("2026-03-02T04:30:00Z"));
        feedback(user, "Box Breathing", "wellness", true, null, Instant.parse("2026-03-02T05:30:00Z"));
        feedback(user, "Box Breathing", "wellness", true, null, Instant.parse("2026-03-09T03:00:00Z"));
        feedback(user, "Box Breathing", "wellness", true, null, Instant.parse("2026-03-09T04:30:00Z"));

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
        for (String day : List.of(
                "2026-02-14",
                "2026-02-15",
                "2026-03-04",
                "2026-02-26",
                "2026-03-02",
                "2026-02-27",
                "2026-03-01",
                "2026-03-03",
                "2026-02-28")) {
            feedback(user, "Box Breathing", "wellness", true, null, at(LocalDate.parse(day), 9));
        }
        feedback(user, "Box Breathing", "wellness", false, null, at(LocalDate.parse("2026-03-05"), 9));

        JsonNode summary = summary(user, WEEK);
        assertThat(summary.get("streak_info").get("current_streak").asInt()).isEqualTo(7);
        assertThat(summary.get("streak_info").get("longest_streak").asInt()).isEqualTo(7);
        assertThat(strings(summary.get("insights"))).contains("🔥 7-day streak! Keep it going.");
        assertThat(summary(user, WEEK.minusWeeks(3))
                        .get("streak_info")
                        .get("current_streak")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aStreakThatEndedBeforeYesterdayIsNotCurrent() {
        feedback(user, "Box Breathing", "wellness", true, null, at(LocalDate.parse("2026-03-09"), 9));
        JsonNode thisWeek = summary(user, LocalDate.parse("2026-03-09"));
        assertThat(thisWeek.get("streak_info").get("current_streak").asInt()).isZero();
        assertThat(thisWeek.get("streak_info").get("longest_streak").asInt()).isEqualTo(1);
        feedback(user, "Box Breathing", "wellness", true, null, at(LocalDate.parse("2026-03-11"), 9));
        assertThat(summary(user, LocalDate.parse("2026-03-09"))
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
    void theDefaultWeekIsTheOneContainingTodayInTheUsersZone() {
        Reply reply = api().get("/api/v1/insights/weekly/" + user, Tokens.user(user));
        assertThat(reply.json().get("week_start").asString()).isEqualTo("2026-03-09");
        assertThat(reply.json().get("week_end").asString()).isEqualTo("2026-03-15");
    }

    @Test
    void aWeekStartThatIsNoMondayOrAnotherUsersSummaryIsRefused() {
        Reply tuesday = api().get("/api/v1/insights/weekly/" + user + "?week_start=2026-03-03", Tokens.user(user));
        assertThat(tuesday.status()).isEqualTo(400);
        assertThat(tuesday.json().get("errors").get(0).get("field").asString()).isEqualTo("week_start");
        assertThat(api().get("/api/v1/insights/weekly/" + user, Tokens.user(user + "-other"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aWeekStartIsExactlyYyyyMmDd() {
        for (String weekStart : List.of("3/9/26", "2026-03-09T00:00:00Z", "2026-3-9", "20260309")) {
            Reply reply = api().get("/api/v1/insights/weekly/" + user + "?week_start=" + weekStart, Tokens.user(user));
            assertThat(reply.status()).as(weekStart + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("week_start");
        }
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

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
