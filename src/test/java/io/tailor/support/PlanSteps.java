package io.tailor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A user's day as the app lives it, over HTTP: a plan for a date, then a report on one of its items. */
public final class PlanSteps {

    private final Api api;

    public PlanSteps(Api api) {
        this.api = api;
    }

    /** A new plan for a foundation builder on a medium day; {@code extraJson} adds fields, e.g. categories. */
    public JsonNode plan(String userId, LocalDate date, String extraJson) {
        Api.Reply reply = api.post("/api/v1/plans", Tokens.user(userId), """
                {"user_id": "%s", "archetype": "foundation_builder", "mode": "medium", "date": "%s"%s}""".formatted(userId, date, extraJson));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    public static List<JsonNode> items(JsonNode plan) {
        List<JsonNode> items = new ArrayList<>();
        plan.get("items").forEach(items::add);
        return items;
    }

    /** Feedback linked to a plan item, done or skipped at {@code occurredAt} (ISO-8601). */
    public void report(String userId, JsonNode item, boolean completed, Object occurredAt) {
        Api.Reply reply = api.post("/api/v1/feedback/task", Tokens.user(userId), """
                {"user_id": "%s", "plan_item_id": "%s", "task_name": "%s", "category": "%s", "completed": %s,
                 "occurred_at": "%s"}""".formatted(
                        userId,
                        item.get("plan_item_id").asString(),
                        item.get("task_name").asString(),
                        item.get("category").asString(),
                        completed,
                        occurredAt));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
