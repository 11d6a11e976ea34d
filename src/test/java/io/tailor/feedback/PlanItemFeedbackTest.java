package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 11: a plan item is reported once, and by what it is; names match the library without fuss. */
class PlanItemFeedbackTest extends IntegrationTest {

    private final String user = "item-" + UUID.randomUUID();

    @Test
    void feedbackOnAPlanItemTakesTheTaskFromTheItem() {
        JsonNode item = firstItem(user);

        Reply reply = post(user, itemBody(user, item, ""));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("matched_task_library_id").asString())
                .isEqualTo(item.get("task_library_id").asString());
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select task_name, category::text, task_library_id from user_task_feedback where user_id = ?",
                        user))
                .containsExactly(List.of(
                        item.get("task_name").asString(),
                        item.get("category").asString(),
                        item.get("task_library_id").asString()));
        assertThat(itemStatus(user, item)).isEqualTo("done");
        JsonNode profile =
                api().get("/api/v1/feedback/profile/" + user, Tokens.user(user)).json();
        assertThat(profile.get("tasks").get(0).get("task_library_id").asString())
                .as("it counts for the item's library task")
                .isEqualTo(item.get("task_library_id").asString());
    }

    @Test
    void fieldsThatAgreeWithTheItemAreAcceptedWhateverTheirCase() {
        JsonNode item = firstItem(user);
        String name = "  " + item.get("task_name").asString().toUpperCase(java.util.Locale.ROOT) + " ";

        Reply reply = post(
                user,
                itemBody(
                        user,
                        item,
                        ", \"task_name\": \"%s\", \"category\": \"%s\", \"task_library_id\": \"%s\""
                                .formatted(
                                        name,
                                        item.get("category").asString(),
                                        item.get("task_library_id").asString())));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void fieldsThatContradictTheItemAreUnprocessableNamingTheItemsTask() {
        JsonNode item = firstItem(user);
        String otherCategory = item.get("category").asString().equals("work") ? "movement" : "work";
        Map<String, String> contradictions = Map.of(
                "task_name", ", \"task_name\": \"Something Else\"",
                "category", ", \"category\": \"" + otherCategory + "\"",
                "task_library_id", ", \"task_library_id\": \"" + otherTask(item) + "\"");

        contradictions.forEach((field, extra) -> {
            Reply reply = post(user, itemBody(user, item, extra));
            assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(422);
            JsonNode problem = reply.json();
            assertThat(problem.get("type").asString()).endsWith("/plan-item-mismatch");
            assertThat(problem.get("title").asString()).isEqualTo("Feedback does not match its plan item");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
            assertThat(problem.get("detail").asString())
                    .startsWith(field + ": ")
                    .contains("\"" + item.get("task_name").asString() + "\"");
        });
        assertThat(itemStatus(user, item)).isEqualTo("pending");
        assertThat(feedbackCount(user)).isZero();
    }

    @Test
    void aSecondFeedbackForAnItemIsAConflictNamingTheFirstAndAReplayIsStillAReplay() {
        JsonNode item = firstItem(user);
        Reply first = post(user, itemBody(user, item, ""), "first-report");
        String firstId = first.json().get("feedback_id").asString();

        Reply replay = post(user, itemBody(user, item, ""), "first-report");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().get("feedback_id").asString()).isEqualTo(firstId);
        assertThat(replay.json().get("matched_task_library_id").asString())
                .isEqualTo(item.get("task_library_id").asString());

        Reply second = post(user, itemBody(user, item, "").replace("true", "false"), "second-report");
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("type").asString()).endsWith("/plan-item-reported");
        assertThat(second.json().get("title").asString()).isEqualTo("Plan item already reported");
        assertThat(second.json().get("feedback_id").asString()).isEqualTo(firstId);
        assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("plan_item_id");
        assertThat(second.json().get("detail").asString()).contains(firstId);
        assertThat(feedbackCount(user)).isEqualTo(1);
        assertThat(itemStatus(user, item)).isEqualTo("done");
    }

    @Test
    void anotherUsersItemIsNotFound() {
        JsonNode item = firstItem(user);
        String other = user + "-other";

        Reply reply = post(other, itemBody(other, item, ""));

        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("plan_item_id");
        assertThat(itemStatus(user, item)).isEqualTo("pending");
        assertThat(feedbackCount(other)).isZero();
    }

    @Test
    void twoFeedbacksAtOnceForOneItemRecordOneAndRefuseTheOther() throws Exception {
        JsonNode item = firstItem(user);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = List.of(true, false).stream()
                    .map(done -> pool.submit(() -> {
                        start.await();
                        return post(user, itemBody(user, item, "").replace("true", String.valueOf(done)))
                                .status();
                    }))
                    .toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> status : sent) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(feedbackCount(user)).isEqualTo(1);
    }

    @Test
    void aNameMatchesTheLibraryTrimmedAndIgnoringCaseAndTheReplySaysWhenItMatchedNone() {
        Reply matched = post(user, """
                {"user_id": "%s", "task_name": "  morning LEMON water ", "category": "hydration", "completed": true}""".formatted(user));
        assertThat(matched.status()).as(matched.body()).isEqualTo(201);
        assertThat(matched.json().get("matched_task_library_id").asString()).isEqualTo("hydration-morning-lemon-water");

        Reply unmatched = post(user, """
                {"user_id": "%s", "task_name": "Grandma's Soup", "category": "nutrition", "completed": true}""".formatted(user));
        assertThat(unmatched.status()).isEqualTo(201);
        assertThat(unmatched.json().get("matched_task_library_id").isNull()).isTrue();

        Reply byId = post(user, """
                {"user_id": "%s", "task_name": "Lemon water", "category": "hydration", "completed": false,
                 "task_library_id": "hydration-morning-lemon-water"}""".formatted(user));
        assertThat(byId.json().get("matched_task_library_id").asString()).isEqualTo("hydration-morning-lemon-water");
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select task_library_id from user_task_feedback where user_id = ? order by created_at",
                        user))
                .containsExactly(
                        List.of("hydration-morning-lemon-water"),
                        java.util.Arrays.asList((Object) null),
                        List.of("hydration-morning-lemon-water"));
    }

    @Test
    void withoutAPlanItemTheTaskNameAndCategoryAreStillRequired() {
        Reply reply = post(user, "{\"user_id\": \"" + user + "\", \"completed\": true}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors"))
                .extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("task_name", "category");
    }

    /** The first item of a new plan for today. */
    private JsonNode firstItem(String userId) {
        Reply plan = api().post("/api/v1/plans", Tokens.user(userId), """
                {"user_id": "%s", "archetype": "foundation_builder", "mode": "medium"}""".formatted(userId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return plan.json().get("items").get(0);
    }

    /** A library task of another category than the item's. */
    private static String otherTask(JsonNode item) {
        return item.get("category").asString().equals("hydration")
                ? "movement-restorative-yoga"
                : "hydration-morning-lemon-water";
    }

    static String itemBody(String userId, JsonNode item, String extraFields) {
        return """
                {"user_id": "%s", "plan_item_id": "%s", "completed": true%s}""".formatted(userId, item.get("plan_item_id").asString(), extraFields);
    }

    private String itemStatus(String userId, JsonNode item) {
        return (String) sql.query(
                        "service_role",
                        null,
                        "select status from plan_items where user_id = ? and id = cast(? as uuid)",
                        userId,
                        item.get("plan_item_id").asString())
                .get(0)
                .get(0);
    }

    private long feedbackCount(String userId) {
        return ((Number) sql.query(
                                "service_role",
                                null,
                                "select count(*) from user_task_feedback where user_id = ?",
                                userId)
                        .get(0)
                        .get(0))
                .longValue();
    }

    private Reply post(String userId, String json) {
        return new Feedbacks(api()).post(userId, json);
    }

    private Reply post(String userId, String json, String idempotencyKey) {
        return new Feedbacks(api()).post(userId, json, idempotencyKey);
    }
}
