package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tailor.config.FeatureFlags;
import io.tailor.database.DatabaseCheck;
import io.tailor.database.DatabaseSettings;
import io.tailor.security.CurrentIdentity;
import io.tailor.support.Api.Reply;
import io.tailor.support.ExpectedLogs;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class HealthControllerTest extends IntegrationTest {

    /** The database check reports the outages these tests stage. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of("io.tailor.database.DatabaseCheck");

    private static final String HEALTH = "/api/v1/feedback/health";

    @Autowired
    FeatureFlags flags;

    @Autowired
    DatabaseSettings settings;

    @Test
    void withoutATokenAnswersOnlyStatusAndDatabase() {
        assertPublicAnswer(api().get(HEALTH));
    }

    @Test
    void aUserTokenGetsThePublicAnswer() {
        assertPublicAnswer(api().get(HEALTH, Tokens.user("health-user")));
    }

    @Test
    void theServiceRoleAlsoSeesTheLibraryAndEveryFlag() {
        Reply reply = api().get(HEALTH, Tokens.service());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode health = reply.json();
        assertThat(health.get("status").asString()).isEqualTo("healthy");
        assertThat(health.get("database").asString()).isEqualTo("up");
        assertThat(health.get("library_version").asString()).isEqualTo("v1");
        assertThat(health.get("task_count").asInt()).isEqualTo(50);
        assertThat(health.get("flags").get("rotation_threshold_hours").asInt()).isEqualTo(48);
        assertThat(health.get("flags").get("enable_dynamic_plans").asBoolean()).isTrue();
    }

    /** The path is open, but a token that is sent is checked as everywhere: a bad one is never ignored. */
    @Test
    void anInvalidOrExpiredTokenIsUnauthorizedHereToo() {
        String forged = Tokens.sign(
                "another-secret-that-is-also-32-bytes-long",
                Tokens.claims("backend-job", "service_role").build());
        String expired = Tokens.sign(
                Tokens.SECRET,
                Tokens.claims("backend-job", "service_role")
                        .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                        .build());

        for (String token : new String[] {forged, expired, "not-a-jwt"}) {
            Reply reply = api().get(HEALTH, token);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void isUnavailableWhenTheDatabaseDoesNotAnswer() {
        try (HikariDataSource unreachable = new HikariDataSource()) {
            unreachable.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + IntegrationTest.freePort() + "/postgres");
            unreachable.setConnectionTimeout(500);
            unreachable.setInitializationFailTimeout(-1);
            HealthController controller = new HealthController(flags, new DatabaseCheck(settings, unreachable));

            ResponseEntity<HealthController.Health> anonymous = controller.health();
            ResponseEntity<HealthController.Health> service = CurrentIdentity.runAsSystem(controller::health);

            assertThat(anonymous.getStatusCode().value()).isEqualTo(503);
            assertThat(anonymous.getBody()).isEqualTo(HealthController.Health.DOWN);
            assertThat(service.getStatusCode().value()).isEqualTo(503);
            assertThat(service.getBody().database()).isEqualTo("down");
            assertThat(service.getBody().flags()).isEqualTo(flags);
        }
    }

    private static void assertPublicAnswer(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        JsonNode health = reply.json();
        assertThat(health.propertyNames()).containsExactlyInAnyOrder("status", "database");
        assertThat(health.get("status").asString()).isEqualTo("healthy");
        assertThat(health.get("database").asString()).isEqualTo("up");
    }
}
