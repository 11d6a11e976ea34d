package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, point 6: feedback keeps the user's reports and completions per time block in the same call
 * (user_time_block_stats), a correction moves them, and a plan places a task that lists several times of day
 * in the block the user completes in.
 */
class TimeBlockStatsApiTest extends FixedClockTest {

    private final String user = "blocks-" + UUID.randomUUID();

    @Test
    void feedbackOnAPlanItemCountsForTheBlockThePlanPutItIn() {
        JsonNode items = plan(user).get("items");

        post(PlanItemFeedbackTest.itemBody(user, items.get(0), ""));
        post(PlanItemFeedbackTest.itemBody(user, items.get(1), "").replace("true", "false"));

        String first = items.get(0).get("time_block").asString();
        String second = items.get(1).get("time_block").asString();
        if (first.equals(second)) {
            assertThat(blocks()).containsExactly(List.of(first, 2, 1));
        } else {
            assertThat(blocks()).containsExactlyInAnyOrder(List.of(first, 1, 1), List.of(second, 1, 0));
        }
    }

    @Test
    void feedbackWithoutAPlanItemCountsForTheBlockOfItsEventTimeInTheUsersZone() {
        setTimezone(user, "Asia/Tokyo");

        report(true, NOW.minus(Duration.ofHours(2))); // 22:00 in Tokyo
        report(false, NOW.minus(Duration.ofHours(12))); // 12:00 in Tokyo
        report(true, NOW.minus(Duration.ofHours(14))); // 10:00 in Tokyo

        assertThat(blocks())
                .containsExactly(List.of("afternoon", 1, 0), List.of("evening", 1, 1), List.of("morning", 1, 1));
    }

    @Test
    void aCorrectionMovesTheBlocksCompletionsAndNotItsReports() {
        String id = report(true, NOW.minus(Duration.ofHours(5)));

        Reply corrected = api().patch("/api/v1/feedback/" + id, Tokens.user(user), "{\"completed\": false}");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(blocks()).containsExactly(List.of("morning", 1, 0));
    }

    @Test
    void aPlanPutsATaskThatListsSeveralTimesInTheBlockTheUserCompletesIn() {
        plan(user); // the profile exists, so the seeded rows belong to a known user
        sql.update("service_role", null, """
                insert into user_time_block_stats (user_id, time_block, reported_count, completed_count)
                values (?, 'morning', 30, 1), (?, 'afternoon', 30, 1), (?, 'evening', 30, 30)
                """, user, user, user);

        int several = 0;
        for (int day = 1; day <= 4; day++) {
            several += evenings(plan(user, TODAY.plusDays(day).toString()).get("items"));
        }
        assertThat(several)
                .as("the plans have a task listing the evening among others")
                .isPositive();
    }

    /** Asserts every item is in a block its task lists, and one listing the evening among others there. */
    private int evenings(JsonNode items) {
        int several = 0;
        for (JsonNode item : items) {
            List<Object> listed = sql.query(
                            "service_role",
                            null,
                            "select array_to_string(time_of_day, ',') from task_library where id = ?",
                            item.get("task_library_id").asString())
                    .getFirst();
            String times = (String) listed.getFirst();
            if (times.contains(",") && times.contains("evening")) {
                several++;
                assertThat(item.get("time_block").asString()).as(times).isEqualTo("evening");
            } else {
                assertThat(times).contains(item.get("time_block").asString());
            }
        }
        return several;
    }

    private List<List<Object>> blocks() {
        return sql.query("authenticated", user, """
                select time_block, reported_count, completed_count from user_time_block_stats
                where user_id = ? order by time_block""", user);
    }

    private JsonNode plan(String userId) {
        return plan(userId, TODAY.toString());
    }

    private JsonNode plan(String userId, String date) {
        Reply plan = api().post("/api/v1/plans", Tokens.user(userId), """
                {"user_id": "%s", "archetype": "foundation_builder", "mode": "low", "date": "%s"}""".formatted(userId, date));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return plan.json();
    }

    private String report(boolean completed, java.time.Instant at) {
        Reply reply = post("""
                {"user_id": "%s", "task_name": "Grandma's Soup", "category": "nutrition", "completed": %s,
                 "occurred_at": "%s"}""".formatted(user, completed, at));
        return reply.json().get("feedback_id").asString();
    }

    private Reply post(String body) {
        Reply reply = new Feedbacks(api()).post(user, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply;
    }
}
