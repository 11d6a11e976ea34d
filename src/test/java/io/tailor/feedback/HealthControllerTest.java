package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tailor.config.FeatureFlags;
import io.tailor.library.TaskLibrary;
import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HealthControllerTest extends IntegrationTest {

    @Autowired
    FeatureFlags flags;

    @Test
    void reportsDatabaseLibraryAndFlagsWithoutAToken() {
        Reply reply = api().get("/api/v1/feedback/health");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode health = reply.json();
        assertThat(health.get("status").asString()).isEqualTo("healthy");
        assertThat(health.get("database").asString()).isEqualTo("up");
        assertThat(health.get("library_version").asString()).isEqualTo("v1");
        assertThat(health.get("task_count").asInt()).isEqualTo(50);
        assertThat(health.get("flags").get("rotation_threshold_hours").asInt()).isEqualTo(48);
        assertThat(health.get("flags").get("enable_dynamic_plans").asBoolean()).isTrue();
    }

    @Test
    void isUnavailableWhenTheDatabaseDoesNotAnswer() {
        try (HikariDataSource unreachable = new HikariDataSource()) {
            unreachable.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + IntegrationTest.freePort() + "/postgres");
            unreachable.setConnectionTimeout(500);
            unreachable.setInitializationFailTimeout(-1);
            HealthController controller = new HealthController(
                    new TaskLibrary(
                            JdbcClient.create(unreachable),
                            JsonMapper.builder().build(),
                            java.time.Clock.systemUTC(),
                            new JdbcTransactionManager(unreachable)),
                    flags,
                    new TransactionTemplate(new JdbcTransactionManager(unreachable)));

            var response = controller.health();

            assertThat(response.getStatusCode().value()).isEqualTo(503);
            assertThat(response.getBody().database()).isEqualTo("down");
        }
    }
}
