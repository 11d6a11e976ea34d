package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.RoundTrips;
import io.tailor.support.ServiceTest;
import io.tailor.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issue 9: a feedback is one database round trip, whether new, replayed or refused. */
@Import(RoundTrips.class)
class FeedbackRoundTripTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @Autowired
    RoundTrips trips;

    @Test
    void aFeedbackIsOneRoundTripNewReplayedOrRefused() {
        String user = "round-trips";
        String body = """
                {"user_id": "%s", "task_name": "Morning Lemon Water", "category": "hydration", "completed": true}""".formatted(user);
        assertThat(send(user, body, "warm-up").status()).isEqualTo(201); // loads the library cache

        assertThat(tripsOf(() -> send(user, body, "first"))).isEqualTo(new Sent(201, 1));
        assertThat(tripsOf(() -> send(user, body, "first"))).as("a replay").isEqualTo(new Sent(201, 1));
        assertThat(tripsOf(() -> send(user, body.replace("true", "false"), "first")))
                .as("the key with another body")
                .isEqualTo(new Sent(422, 1));
        assertThat(tripsOf(() -> send(user, body.replace("Lemon", "Lime"), null)))
                .as("a task from another source")
                .isEqualTo(new Sent(201, 1));
    }

    @Test
    void aPlanItemsFeedbackIsOneRoundTripRecordedMismatchedOrRepeated() {
        String user = "round-trips-items";
        var plan = api().post("/api/v1/plans", Tokens.user(user), """
                {"user_id": "%s", "archetype": "peak_performer", "mode": "high"}""".formatted(user))
                .json();
        String item = plan.get("items").get(0).get("plan_item_id").asString();
        String body = """
                {"user_id": "%s", "plan_item_id": "%s", "completed": true}""".formatted(user, item);

        assertThat(tripsOf(() -> send(user, body.replace("}", ", \"task_name\": \"Not This\"}"), null)))
                .as("a field that contradicts the item")
                .isEqualTo(new Sent(422, 1));
        assertThat(tripsOf(() -> send(user, body, null)))
                .as("the task, category and library id from the item")
                .isEqualTo(new Sent(201, 1));
        assertThat(tripsOf(() -> send(user, body, null)))
                .as("a second feedback for the item")
                .isEqualTo(new Sent(409, 1));
    }

    private io.tailor.support.Api.Reply send(String user, String body, String key) {
        Map<String, String> headers = new java.util.HashMap<>(
                Map.of("Authorization", "Bearer " + Tokens.user(user), "Content-Type", "application/json"));
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        return api().send("POST", "/api/v1/feedback/task", headers, body);
    }

    private Sent tripsOf(java.util.function.Supplier<io.tailor.support.Api.Reply> request) {
        int before = trips.count();
        int status = request.get().status();
        return new Sent(status, trips.count() - before);
    }

    private record Sent(int status, int roundTrips) {}
}
