package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Plan requests over HTTP, shared by the plan tests of each flag configuration. */
final class Plans {

    private final Api api;

    Plans(Api api) {
        this.api = api;
    }

    Api.Reply post(String userId, String extraFields) {
        return api.post("/api/v1/plans", Tokens.user(userId), """
                {"user_id": "%s", "archetype": "foundation_builder", "mode": "medium"%s}""".formatted(userId, extraFields));
    }

    JsonNode create(String userId, LocalDate date) {
        Api.Reply reply = post(userId, ", \"date\": \"" + date + "\"");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static List<JsonNode> items(JsonNode plan) {
        List<JsonNode> items = new ArrayList<>();
        plan.get("items").forEach(items::add);
        return items;
    }

    static String field(JsonNode plan, String category, String field) {
        return items(plan).stream()
                .filter(item -> item.get("category").asString().equals(category))
                .findFirst()
                .orElseThrow()
                .get(field)
                .asString();
    }
}
