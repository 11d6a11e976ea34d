package io.tailor.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The success metrics over planned items, on event time. The metrics span every user of the shared test
 * database, so each check compares the report before and after this test's own plans and feedback. The
 * clock is pinned to a Thursday, so a 7-day window holds the plans of the last Friday to today.
 */
class PlannedMetricsApiTest extends FixedClockTest {

    private final String user = "metrics-plan-" + UUID.randomUUID();

    @Test
    void plannedItemsCountByOutcomeAndByThePhaseThePlanWasMadeIn() {
        JsonNode before = metrics();
        LocalDate tuesday = TODAY.minusDays(2);
        JsonNode tuesdays = plan(user, tuesday, "");
        report(user, tuesdays.get("items").get(0), true, at(tuesday, 9));
        report(user, tuesdays.get("items").get(1), false, at(tuesday, 10));
        plan(user, TODAY, "");
        plan(user, TODAY.plusDays(2), ", \"categories\": [\"work\"]");
        String master = user + "-master";
        setTimezone(master, "UTC");
        phase(master, "mastery");
        plan(master, TODAY.minusDays(1), "");
        phase(master, "discovery");

        JsonNode after = metrics();
        JsonNode planned = delta(before.get("planned_completion"), after.get("planned_completion"));
        assertThat(planned.get("plans").asLong())
                .as("the plan for Saturday is ahead")
                .isEqualTo(3);
        assertThat(planned.get("planned").asLong()).isEqualTo(15);
        assertThat(planned.get("done").asLong()).isEqualTo(1);
        assertThat(planned.get("skipped").asLong()).isEqualTo(1);
        assertThat(planned.get("not_reported").asLong()).isEqualTo(8);
        assertThat(planned.get("pending").asLong()).as("today's").isEqualTo(5);
        JsonNode mastery = delta(
                before.get("planned_completion_by_plan_phase").path("mastery"),
                after.get("planned_completion_by_plan_phase").get("mastery"));
        assertThat(mastery.get("plans").asLong()).isEqualTo(1);
        assertThat(mastery.get("not_reported").asLong()).isEqualTo(5);
        assertThat(after.get("planned_completion_by_plan_phase")
                        .get("mastery")
                        .get("done")
                        .asLong())
                .isEqualTo(before.get("planned_completion_by_plan_phase")
                        .path("mastery")
                        .path("done")
                        .asLong());
        assertThat(after.get("variation_group_variety")
                                .get("user_category_weeks")
                                .asLong()
                        - before.get("variation_group_variety")
                                .get("user_category_weeks")
                                .asLong())
                .as("five categories each for two users this week; Saturday's work plan is not yet")
                .isEqualTo(10);
    }

    @Test
    void feedbackWindowsRunOnEventTimeNotOnArrival() {
        JsonNode before = metrics();
        feedback(user, at(TODAY.minusDays(7), 10), 1);
        feedback(user, at(TODAY.minusDays(1), 10), 5);
        JsonNode after = metrics();
        assertThat(after.get("completion").get("feedback").asLong()
                        - before.get("completion").get("feedback").asLong())
                .as("the one that happened a week ago is outside the window, though it arrived now")
                .isEqualTo(1);
        assertThat(after.get("satisfaction_by_category")
                                .get("recovery")
                                .get("rating_count")
                                .asLong()
                        - before.get("satisfaction_by_category")
                                .path("recovery")
                                .path("rating_count")
                                .asLong())
                .isEqualTo(1);
    }

    private JsonNode metrics() {
        Reply reply = api().get("/api/v1/metrics/success?days=7", Tokens.service());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode delta(JsonNode before, JsonNode after) {
        tools.jackson.databind.node.ObjectNode delta =
                tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
        for (String field : new String[] {"plans", "planned", "done", "skipped", "not_reported", "pending"}) {
            delta.put(field, after.get(field).asLong() - before.path(field).asLong());
        }
        return delta;
    }

    private void phase(String userId, String phase) {
        Reply reply = api().send(
                        "PUT",
                        "/api/v1/users/" + userId + "/learning-phase",
                        java.util.Map.of(
                                "Authorization", "Bearer " + Tokens.service(), "Content-Type", "application/json"),
                        "{\"phase\": \"" + phase + "\", \"reason\": \"metrics test\"}");
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }

    private JsonNode plan(String userId, LocalDate date, String extra) {
        return new PlanSteps(api()).plan(userId, date, extra);
    }

    private static Instant at(LocalDate day, int hourUtc) {
        return day.atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    }

    private void report(String userId, JsonNode item, boolean completed, Instant at) {
        new PlanSteps(api()).report(userId, item, completed, at);
    }

    private void feedback(String userId, Instant at, int rating) {
        Reply reply = api().post("/api/v1/feedback/task", Tokens.user(userId), """
                {"user_id": "%s", "task_name": "Gentle Stretch", "category": "recovery", "completed": true,
                 "satisfaction_rating": %d, "occurred_at": "%s"}""".formatted(userId, rating, at));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
