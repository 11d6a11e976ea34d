package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19, point 7: a report of today can be changed (done ↔ skipped, the rating), and afterwards everything
 * the report counted in reads as if it had been recorded that way: the profile's rows, the day's counts and
 * streak, the phase progress, the plan item and its logged decision. Once: the same correction again changes
 * nothing.
 */
class FeedbackCorrectionApiTest extends FixedClockTest {

    private static final String TASK = "hydration-morning-lemon-water";
    private static final String OTHER = "hydration-green-tea-ritual";

    /** A history with a completion and skips on earlier days, then today's report and a later skip. */
    private String history(String user, boolean completed, @Nullable Integer rating) {
        report(user, TASK, true, 5, NOW.minus(Duration.ofDays(3)));
        report(user, TASK, false, null, NOW.minus(Duration.ofDays(2)));
        report(user, OTHER, true, null, NOW.minus(Duration.ofDays(1)));
        report(user, TASK, false, null, NOW.minus(Duration.ofDays(1)));
        String today = report(user, TASK, completed, rating, NOW.minus(Duration.ofHours(2)));
        report(user, TASK, false, null, NOW.minus(Duration.ofHours(1)));
        return today;
    }

    @ParameterizedTest(name = "{0}/{1} corrected to {2}/{3}")
    @CsvSource(
            nullValues = "none",
            value = {
                "true, 4, false, none",
                "false, none, true, 5",
                "false, none, true, none",
                "true, none, true, 2",
                "true, 3, false, 1",
            })
    void aCorrectedReportCountsAsIfItHadBeenRecordedSo(
            boolean was, @Nullable Integer wasRating, boolean now, @Nullable Integer nowRating) {
        String corrected = "fix-" + UUID.randomUUID();
        String direct = "direct-" + UUID.randomUUID();
        String id = history(corrected, was, wasRating);
        history(direct, now, nowRating);

        Reply reply =
                correct(corrected, id, "{\"completed\": %s, \"satisfaction_rating\": %s}".formatted(now, nowRating));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("feedback_id").asString()).isEqualTo(id);
        assertThat(reply.json().get("completed").asBoolean()).isEqualTo(now);
        assertThat(reply.json().get("local_date").asString()).isEqualTo(TODAY.toString());
        assertSameLearning(corrected, direct);
    }

    @Test
    void aChangeOfDoneOrSkippedWithoutARatingDropsTheRatingAndARatingAloneKeepsDone() {
        String user = "rating-" + UUID.randomUUID();
        String id = history(user, true, 4);

        JsonNode rated = correct(user, id, "{\"satisfaction_rating\": 2}").json();
        assertThat(rated.get("completed").asBoolean()).isTrue();
        assertThat(rated.get("satisfaction_rating").asInt()).isEqualTo(2);

        JsonNode skipped = correct(user, id, "{\"completed\": false}").json();
        assertThat(skipped.get("completed").asBoolean()).isFalse();
        assertThat(skipped.get("satisfaction_rating").isNull()).isTrue();
    }

    @Test
    void theSameCorrectionTwiceAnswers200AndChangesNothingMore() {
        String user = "twice-" + UUID.randomUUID();
        String id = history(user, true, 4);

        Reply first = correct(user, id, "{\"completed\": false}");
        List<List<Object>> afterFirst = learned(user);
        JsonNode phaseAfterFirst = phase(user);
        Reply second = correct(user, id, "{\"completed\": false}");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("completed")).isEqualTo(first.json().get("completed"));
        assertThat(learned(user)).isEqualTo(afterFirst);
        assertThat(phase(user)).isEqualTo(phaseAfterFirst);
        assertThat(profile(user).get("totals").get("skipped").asInt()).isEqualTo(4);
    }

    @Test
    void aReportOfAnotherDayIsUnprocessableAndChangesNothing() {
        String user = "old-" + UUID.randomUUID();
        history(user, true, null);
        String yesterday = report(user, OTHER, true, 4, NOW.minus(Duration.ofHours(20)));
        List<List<Object>> before = learned(user);

        Reply reply = correct(user, yesterday, "{\"completed\": false}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("feedback_id");
        assertThat(reply.json().get("detail").asString())
                .contains(TODAY.minusDays(1).toString());
        assertThat(learned(user)).isEqualTo(before);
    }

    @Test
    void anotherUsersReportIsNotFoundAndNamingThemIsForbidden() {
        String owner = "owner-" + UUID.randomUUID();
        String id = history(owner, true, 4);
        String intruder = "intruder-" + UUID.randomUUID();

        assertThat(correct(intruder, id, "{\"completed\": false}").status()).isEqualTo(404);
        assertThat(correct(intruder, UUID.randomUUID().toString(), "{\"completed\": false}")
                        .status())
                .isEqualTo(404);
        Reply naming = api().patch(
                        "/api/v1/feedback/" + id,
                        Tokens.user(intruder),
                        "{\"completed\": false, \"user_id\": \"%s\"}".formatted(owner));
        assertThat(naming.status()).isEqualTo(403);
        assertThat(profile(owner).get("totals").get("completed").asInt()).isEqualTo(3);
        Reply service = api().patch(
                        "/api/v1/feedback/" + id,
                        Tokens.service(),
                        "{\"completed\": false, \"user_id\": \"%s\"}".formatted(owner));
        assertThat(service.status()).as(service.body()).isEqualTo(200);
    }

    @Test
    void badCorrectionsAreProblemsAndChangeNothing() {
        String user = "bad-" + UUID.randomUUID();
        String id = history(user, true, 4);
        List<List<Object>> before = learned(user);

        for (String body :
                List.of("{}", "{\"satisfaction_rating\": 6}", "{\"completed\": \"maybe\"}", "{\"extra\": 1}")) {
            Reply reply = correct(user, id, body);
            assertThat(reply.status()).as(body + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(learned(user)).isEqualTo(before);
    }

    @Test
    void aPlanItemShowsItsReportAndFollowsItsCorrectionAsDoesItsLoggedDecision() {
        String user = "item-fix-" + UUID.randomUUID();
        JsonNode plan = api().post("/api/v1/plans", Tokens.user(user), """
                        {"user_id": "%s", "archetype": "peak_performer", "mode": "high"}""".formatted(user))
                .json();
        String item = plan.get("items").get(0).get("plan_item_id").asString();
        Reply reported = api().post("/api/v1/feedback/task", Tokens.user(user), """
                        {"user_id": "%s", "plan_item_id": "%s", "completed": true, "satisfaction_rating": 3}""".formatted(user, item));
        String id = reported.json().get("feedback_id").asString();

        JsonNode shown = planItem(user, item);
        assertThat(shown.get("feedback_id").asString()).isEqualTo(id);
        assertThat(shown.get("satisfaction_rating").asInt()).isEqualTo(3);
        assertThat(planItem(user, plan.get("items").get(1).get("plan_item_id").asString())
                        .get("feedback_id")
                        .isNull())
                .as("a pending item has none")
                .isTrue();

        Reply corrected = correct(user, id, "{\"completed\": false}");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode after = planItem(user, item);
        assertThat(after.get("status").asString()).isEqualTo("skipped");
        assertThat(after.get("satisfaction_rating").isNull()).isTrue();
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select outcome, rating from plan_decisions where user_id = ? and plan_item_id = ?::uuid",
                        user,
                        item))
                .containsExactly(java.util.Arrays.asList("skipped", null));
        assertThat(phase(user).get("tasks").get("done").asInt()).isZero();
    }

    private void assertSameLearning(String corrected, String direct) {
        List<List<Object>> a = learned(corrected);
        List<List<Object>> b = learned(direct);
        assertThat(a).hasSameSizeAs(b);
        for (int row = 0; row < a.size(); row++) {
            List<Object> x = a.get(row);
            List<Object> y = b.get(row);
            for (int column = 0; column < x.size(); column++) {
                if (x.get(column) instanceof Double value) {
                    assertThat(value)
                            .as("row %d column %d", row, column)
                            .isCloseTo((Double) y.get(column), within(1e-9));
                } else {
                    assertThat(x.get(column))
                            .as("row %d column %d", row, column)
                            .isEqualTo(y.get(column));
                }
            }
        }
        assertThat(phase(corrected).get("tasks")).isEqualTo(phase(direct).get("tasks"));
        JsonNode weekA = week(corrected);
        JsonNode weekB = week(direct);
        for (String part : List.of("completion_stats", "streak_info", "daily_completion", "category_performance")) {
            assertThat(weekA.get(part)).as(part).isEqualTo(weekB.get(part));
        }
    }

    /** Every learned row of the user, without the user id, in a stable order. */
    private List<List<Object>> learned(String user) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.addAll(sql.query("service_role", null, """
                        select task_library_id, times_completed, times_skipped, consecutive_skips, rating_count, rating_sum,
                               affinity_value, affinity_weight, affinity_at::text, last_done_at::text, last_feedback_at::text
                        from user_task_preference where user_id = ? order by task_library_id""", user));
        rows.addAll(sql.query("service_role", null, """
                        select category::text, feedback_count, completed_count, rating_count, rating_sum, affinity_value,
                               affinity_weight, affinity_at::text
                        from user_category_preference where user_id = ? order by category""", user));
        rows.addAll(sql.query("service_role", null, """
                        select total_feedback, total_completed, total_skipped, current_learning_phase::text
                        from user_preference_profile where user_id = ?""", user));
        rows.addAll(sql.query("service_role", null, """
                        select local_date::text, task_key, total_count, completed_count, rating_count, rating_sum
                        from user_daily_task_stats where user_id = ? order by local_date, task_key""", user));
        rows.addAll(sql.query("service_role", null, """
                        select start_date::text, end_date::text from user_active_runs where user_id = ? order by start_date""", user));
        return rows;
    }

    private String report(String user, String task, boolean completed, @Nullable Integer rating, Instant at) {
        Reply reply = api().post(
                        "/api/v1/feedback/task", Tokens.user(user), """
                        {"user_id": "%s", "task_library_id": "%s", "task_name": "x", "category": "hydration",
                         "completed": %s, "satisfaction_rating": %s, "occurred_at": "%s"}""".formatted(user, task, completed, rating, at));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("feedback_id").asString();
    }

    private Reply correct(String user, String feedbackId, String body) {
        return api().patch("/api/v1/feedback/" + feedbackId, Tokens.user(user), body);
    }

    private JsonNode profile(String user) {
        return api().get("/api/v1/feedback/profile/" + user, Tokens.user(user)).json();
    }

    private JsonNode phase(String user) {
        return api().get("/api/v1/users/" + user + "/learning-phase", Tokens.user(user))
                .json();
    }

    private JsonNode week(String user) {
        return api().get("/api/v1/insights/weekly/" + user, Tokens.user(user)).json();
    }

    private JsonNode planItem(String user, String itemId) {
        for (JsonNode item :
                api().get("/api/v1/plans/" + user, Tokens.user(user)).json().get("items")) {
            if (item.get("plan_item_id").asString().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError("no item " + itemId);
    }
}
