package io.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inputs that once gave a 500, were read leniently or named no field: each is a 400 naming its field, and nothing changes. */
class LastBadInputsTest extends IntegrationTest {

    @Test
    void anOccurredAtOutsidePostgresqlsRangeOrAsANumberIsA400NamingTheField() {
        String user = "bad-time-user";
        for (String occurredAt : List.of(
                "\"+999999999-12-31T23:59:59Z\"",
                "\"-999999999-01-01T00:00:00Z\"",
                "\"+294277-01-01T00:00:00Z\"",
                "1733000000",
                "1733000000.5")) {
            Reply reply = feedback(user, "\"occurred_at\": " + occurredAt);
            assertField(reply, "occurred_at");
        }
        assertThat(sql.query(
                        "service_role",
                        "backend-job",
                        "select count(*) from user_task_feedback where user_id = ?",
                        user))
                .containsExactly(List.of(0L));
    }

    @Test
    void aRatingTooLargeForAnyNumberTypeIsA400NamingTheField() {
        assertField(
                feedback("huge-rating-user", "\"satisfaction_rating\": 99999999999999999999999"),
                "satisfaction_rating");
        assertField(
                feedback("huge-rating-user", "\"satisfaction_rating\": -99999999999999999999999"),
                "satisfaction_rating");
    }

    @Test
    void aNulInAnOverrideReasonNamesTheField() {
        String user = "nul-reason-user";
        Reply reply = api().send(
                        "PUT",
                        "/api/v1/users/" + user + "/learning-phase",
                        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + Tokens.service()),
                        """
                {"phase": "establishment", "reason": "because\\u0000"}""");
        assertField(reply, "reason");
    }

    @Test
    void clearContextRefusesANullBody() {
        Reply reply = api().send(
                        "POST",
                        "/api/v1/feedback/clear-context",
                        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + Tokens.service()),
                        "null");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    /** Java knows the SystemV zones; PostgreSQL 17 does not, and would fail the user's next feedback. */
    @Test
    void aTimeZoneThatPostgresqlDoesNotKnowIsRefused() {
        String user = "systemv-user";
        Reply reply = api().send(
                        "PATCH",
                        "/api/v1/feedback/profile/" + user,
                        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + Tokens.user(user)),
                        """
                {"timezone": "SystemV/EST5"}""");
        assertField(reply, "timezone");
        assertThat(sql.query(
                        "service_role", null, "select user_id from user_preference_profile where user_id = ?", user))
                .as("no profile was created")
                .isEmpty();
    }

    private Reply feedback(String user, String extra) {
        return api().send(
                        "POST",
                        "/api/v1/feedback/task",
                        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + Tokens.user(user)),
                        """
                {"user_id": "%s", "task_name": "Morning Lemon Water", "category": "hydration", "completed": true, %s}""".formatted(user, extra));
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).endsWith("/invalid-input");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
