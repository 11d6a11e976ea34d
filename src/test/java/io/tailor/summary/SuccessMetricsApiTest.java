package io.tailor.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SuccessMetricsApiTest extends IntegrationTest {

    private final String user = "metrics-" + UUID.randomUUID();

    @Test
    void theServiceRoleSeesTheSpecsMetricsAndAUserIsRefused() {
        api().post("/api/v1/plans", Tokens.user(user), """
                {"user_id": "%s", "archetype": "peak_performer", "mode": "high"}""".formatted(user));
        api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "task_name": "HIIT Blast", "category": "movement", "completed": true,
                 "satisfaction_rating": 4}""".formatted(user));

        assertThat(api().get("/api/v1/metrics/success", Tokens.user(user)).status())
                .isEqualTo(403);
        Reply reply = api().get("/api/v1/metrics/success?days=7", Tokens.service());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode metrics = reply.json();
        assertThat(metrics.get("window_days").asInt()).isEqualTo(7);
        assertThat(metrics.get("task_variety").get("users").asLong()).isPositive();
        assertThat(metrics.get("completion").get("feedback").asLong()).isPositive();
        assertThat(metrics.get("completion").get("by_learning_phase").has("discovery"))
                .isTrue();
        assertThat(metrics.get("satisfaction_by_category")
                        .get("movement")
                        .get("rating_count")
                        .asLong())
                .isPositive();
        assertThat(metrics.get("dynamic_plans").get("adaptive").asLong()).isPositive();
        assertThat(metrics.get("phase_distribution").get("discovery").asLong()).isPositive();
        assertThat(metrics.get("api_latency_since_start").findValues("uri").stream()
                        .map(JsonNode::asString))
                .contains("/api/v1/feedback/task");
        assertThat(api().get("/api/v1/metrics/success?days=0", Tokens.service()).status())
                .isEqualTo(400);
    }

    @Test
    void theSpecsThreeQueriesRunUnchangedOnOurSchema() {
        api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "task_name": "HIIT Blast", "category": "movement", "completed": true,
                 "satisfaction_rating": 5}""".formatted(user));
        assertThat(sql.query("service_role", null, """
                SELECT user_id, COUNT(DISTINCT variation_group) as variety_count
                FROM task_rotation_state
                WHERE last_used_at > NOW() - INTERVAL '7 days'
                GROUP BY user_id;
                """)).isNotNull();
        assertThat(sql.query("service_role", null, """
                SELECT
                    upp.current_learning_phase,
                    AVG(CASE WHEN utf.completed THEN 1 ELSE 0 END) as completion_rate,
                    COUNT(DISTINCT utf.user_id) as user_count
                FROM user_preference_profile upp
                JOIN user_task_feedback utf ON upp.user_id = utf.user_id
                WHERE utf.created_at > NOW() - INTERVAL '7 days'
                GROUP BY upp.current_learning_phase;
                """)).isNotEmpty();
        assertThat(sql.query("service_role", null, """
                SELECT
                    category,
                    AVG(satisfaction_rating) as avg_rating,
                    COUNT(*) as rating_count
                FROM user_task_feedback
                WHERE satisfaction_rating IS NOT NULL
                  AND created_at > NOW() - INTERVAL '7 days'
                GROUP BY category;
                """)).isNotEmpty();
    }

    @Test
    void prometheusExposesOurCountersToTheServiceRoleOnly() {
        api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "task_name": "HIIT Blast", "category": "movement", "completed": true}""".formatted(user));
        assertThat(api().get("/actuator/prometheus", Tokens.user(user)).status())
                .isEqualTo(403);
        Reply scrape = api().get("/actuator/prometheus", Tokens.service());
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("tailor_feedback_recorded_total").contains("http_server_requests_seconds");
    }
}
