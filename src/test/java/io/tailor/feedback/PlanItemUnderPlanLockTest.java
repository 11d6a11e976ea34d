package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code record_feedback()} ({@code R__record_feedback.sql}): feedback naming a plan item waits for the user's plan lock, so a regeneration replacing
 * that item is never interleaved with it. The test holds the lock and replaces the pending items, as
 * {@code "regenerate": true} does, while the feedback arrives.
 */
class PlanItemUnderPlanLockTest extends IntegrationTest {

    private final String user = "plan-lock-" + UUID.randomUUID();

    @Test
    void feedbackForAnItemARegenerationIsReplacingWaitsAndThenFindsItGone() throws Exception {
        JsonNode plan = api().post("/api/v1/plans", Tokens.user(user), """
                        {"user_id": "%s", "archetype": "peak_performer", "mode": "high"}""".formatted(user))
                .json();
        String item = plan.get("items").get(0).get("plan_item_id").asString();

        CompletableFuture<Reply> feedback = sql.asUser(user, connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select lock_user_plans(?)");
                    PreparedStatement replace = connection.prepareStatement(
                            "delete from plan_items where user_id = ? and status = 'pending'")) {
                lock.setString(1, user);
                lock.execute();
                replace.setString(1, user);
                replace.executeUpdate();
                CompletableFuture<Reply> sent = CompletableFuture.supplyAsync(
                        () -> api().post("/api/v1/feedback/task", Tokens.user(user), """
                        {"user_id": "%s", "plan_item_id": "%s", "completed": true}""".formatted(user, item)));
                // the feedback reaches the database and waits there for the plan lock this transaction holds
                await().atMost(Duration.ofSeconds(2))
                        .until(() -> sql.query(
                                        "service_role",
                                        null,
                                        "select count(*) from pg_locks where locktype = 'advisory' and not granted")
                                .getFirst()
                                .getFirst()
                                .equals(1L));
                assertThat(sent).as("feedback waits for the plan lock").isNotDone();
                return sent;
            }
        });

        Reply reply = feedback.get(10, TimeUnit.SECONDS);
        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
        assertThat(sql.query("service_role", null, "select count(*) from user_task_feedback where user_id = ?", user))
                .as("nothing recorded for the replaced item")
                .containsExactly(List.of(0L));
    }
}
