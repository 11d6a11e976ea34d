package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 11: {@code "regenerate": true} keeps what was reported and replaces only what is pending. */
class RegenerateTest extends IntegrationTest {

    private final String user = "regenerate-" + UUID.randomUUID();

    @Test
    void regeneratingKeepsTheReportedItemsAndReplacesOnlyThePendingOnes() {
        Plans plans = new Plans(api());
        JsonNode first = plans.create(user, LocalDate.now());
        JsonNode done = first.get("items").get(0);
        JsonNode skipped = first.get("items").get(1);
        report(done, true);
        report(skipped, false);

        Reply regenerated = plans.post(user, ", \"date\": \"" + LocalDate.now() + "\", \"regenerate\": true");

        assertThat(regenerated.status()).as(regenerated.body()).isEqualTo(201);
        JsonNode plan = regenerated.json();
        assertThat(plan.get("plan_id")).isEqualTo(first.get("plan_id"));
        List<JsonNode> items = Plans.items(plan);
        assertThat(items)
                .extracting(item -> item.get("category").asString())
                .as("still one item per category")
                .containsExactlyInAnyOrder("hydration", "movement", "nutrition", "wellness", "recovery");
        assertThat(items.subList(0, 2))
                .as("the reported items, as they were")
                .extracting(item -> item.get("plan_item_id").asString() + " "
                        + item.get("status").asString())
                .containsExactly(
                        done.get("plan_item_id").asString() + " done",
                        skipped.get("plan_item_id").asString() + " skipped");
        assertThat(items.subList(2, 5)).allSatisfy(item -> {
            assertThat(item.get("status").asString()).isEqualTo("pending");
            assertThat(item.get("task_library_id").asString())
                    .as("the task done today is not offered again")
                    .isNotEqualTo(done.get("task_library_id").asString());
        });
        assertThat(items)
                .extracting(item -> item.get("plan_item_id"))
                .doesNotContainAnyElementsOf(Plans.items(first).subList(2, 5).stream()
                        .map(item -> item.get("plan_item_id"))
                        .toList());
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select count(*) from user_task_feedback where user_id = ? and plan_item_id is not null",
                        user))
                .as("the feedback keeps its link to the item")
                .containsExactly(List.of(2L));
        JsonNode stored = api().get("/api/v1/plans/" + user, Tokens.user(user)).json();
        assertThat(stored.get("items")).isEqualTo(plan.get("items"));
    }

    @Test
    void aPlanWhoseItemsWereAllReportedIsKeptWhole() {
        Plans plans = new Plans(api());
        JsonNode first = plans.create(user, LocalDate.now());
        Plans.items(first).forEach(item -> report(item, true));

        Reply regenerated = plans.post(user, ", \"regenerate\": true");

        assertThat(regenerated.status()).as(regenerated.body()).isEqualTo(201);
        assertThat(Plans.items(regenerated.json()))
                .extracting(item -> item.get("plan_item_id"))
                .containsExactlyElementsOf(Plans.items(first).stream()
                        .map(item -> item.get("plan_item_id"))
                        .toList());
    }

    private void report(JsonNode item, boolean completed) {
        Reply reply = api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "plan_item_id": "%s", "completed": %s}""".formatted(
                        user, item.get("plan_item_id").asString(), completed));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
