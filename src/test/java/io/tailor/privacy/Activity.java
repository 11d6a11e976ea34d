package io.tailor.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api;
import io.tailor.support.Tokens;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A user's day over HTTP, touching every per-user table: a time zone, a plan, three feedbacks, a phase override. */
final class Activity {

    static final String IDEMPOTENCY_KEY = "privacy-first-item";

    private final Api api;

    Activity(Api api) {
        this.api = api;
    }

    /** The plan it made, as the plan endpoint answered. */
    JsonNode day(String user) {
        String token = Tokens.user(user);
        expect(200, send("PATCH", "/api/v1/feedback/profile/" + user, token, "{\"timezone\": \"Europe/Berlin\"}"));
        Api.Reply planned = api.post(
                "/api/v1/plans",
                token,
                "{\"user_id\": \"%s\", \"archetype\": \"foundation_builder\", \"mode\": \"medium\"}".formatted(user));
        expect(201, planned);
        JsonNode plan = planned.json();
        expect(201, feedback(user, plan.get("items").get(0), true, IDEMPOTENCY_KEY));
        expect(201, feedback(user, plan.get("items").get(1), false, null));
        expect(201, api.post("/api/v1/feedback/task", token, """
                        {"user_id": "%s", "task_name": "Grandma's Soup", "category": "nutrition", "completed": true}""".formatted(user)));
        expect(
                200,
                send(
                        "PUT",
                        "/api/v1/users/" + user + "/learning-phase",
                        Tokens.service(),
                        "{\"phase\": \"establishment\", \"reason\": \"beta tester\"}"));
        return plan;
    }

    /** Feedback on a plan's item (linked to it while the item has its {@code plan_item_id}), rated 5 when done. */
    Api.Reply feedback(String user, JsonNode item, boolean done, @Nullable String idempotencyKey) {
        StringBuilder body = new StringBuilder("""
                {"user_id": "%s", "task_name": "%s", "category": "%s", "task_library_id": "%s", "completed": %s""".formatted(
                        user,
                        item.get("task_name").asString(),
                        item.get("category").asString(),
                        item.get("task_library_id").asString(),
                        done));
        if (item.hasNonNull("plan_item_id")) {
            body.append(", \"plan_item_id\": \"")
                    .append(item.get("plan_item_id").asString())
                    .append('"');
        }
        body.append(done ? ", \"satisfaction_rating\": 5}" : "}");
        Map<String, String> headers = new HashMap<>(
                Map.of("Authorization", "Bearer " + Tokens.user(user), "Content-Type", "application/json"));
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return api.send("POST", "/api/v1/feedback/task", headers, body.toString());
    }

    Api.Reply send(String method, String path, String token, String body) {
        return api.send(
                method, path, Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body);
    }

    static void expect(int status, Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    }
}
