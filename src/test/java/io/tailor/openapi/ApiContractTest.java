package io.tailor.openapi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.support.ApiContract;
import io.tailor.support.ApiContract.Exchange;
import io.tailor.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check every exchange of the integration tests goes through catches what drift looks like. */
class ApiContractTest extends IntegrationTest {

    private static final String REPLY = """
            {"feedback_id": "5f0c2b1e-8d4a-4c1e-9f1a-2b3c4d5e6f70", "status": "success",
             "message": "Feedback recorded and preferences updated", "learning_phase": "%s",
             "phase_changed": false, "celebration": null}""";
    private static final String FEEDBACK = """
            {"user_id": "u1", "task_name": "Morning Lemon Water", "category": "hydration", "completed": true,
             "satisfaction_rating": %s}""";
    private static final String PROBLEM = """
            {"type": "https://tailor.example/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "completed: must not be null", "errors": [{"field": "completed", "message": "must not be null"}]}""";

    @Test
    void aDescribedExchangePasses() {
        assertThatCode(() -> ApiContract.check(feedback(FEEDBACK.formatted(5), 201, REPLY.formatted("discovery"))))
                .doesNotThrowAnyException();
    }

    @Test
    void anEnumValueTheDescriptionLacksFails() {
        assertThatThrownBy(() -> ApiContract.check(feedback(FEEDBACK.formatted(5), 201, REPLY.formatted("DISCOVERY"))))
                .hasMessageContaining("learning_phase");
    }

    @Test
    void aFieldTheDescriptionLacksFails() {
        String reply = REPLY.formatted("discovery").replace("\"status\"", "\"extra\": 1, \"status\"");
        assertThatThrownBy(() -> ApiContract.check(feedback(FEEDBACK.formatted(5), 201, reply)))
                .hasMessageContaining("extra");
    }

    @Test
    void anAcceptedRequestTheDescriptionRefusesFails() {
        assertThatThrownBy(
                        () -> ApiContract.check(feedback(FEEDBACK.formatted("4.5"), 201, REPLY.formatted("discovery"))))
                .hasMessageContaining("satisfaction_rating");
    }

    @Test
    void aRefusedRequestIsHeldToTheProblemItGotOnly() {
        assertThatCode(() -> ApiContract.check(feedback("{\"completed\": \"yes\"}", 400, PROBLEM)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ApiContract.check(feedback("{}", 400, "{\"error\": \"bad\"}")))
                .hasMessageContaining("answered 400");
    }

    @Test
    void aStatusTheDescriptionLacksFails() {
        assertThatThrownBy(() -> ApiContract.check(feedback(FEEDBACK.formatted(5), 200, REPLY.formatted("discovery"))))
                .hasMessageContaining("200");
    }

    @Test
    void aPathTheDescriptionLacksMustBeAnswered404() {
        assertThatCode(() -> ApiContract.check(get("/api/v1/nowhere", 404))).doesNotThrowAnyException();
        assertThatThrownBy(() -> ApiContract.check(get("/api/v1/nowhere", 200)))
                .hasMessageContaining("/api/v1/nowhere");
    }

    private Exchange feedback(String body, int status, String reply) {
        String contentType = status >= 400 ? "application/problem+json" : "application/json";
        return new Exchange(
                "POST",
                URI.create("http://127.0.0.1:" + port + "/api/v1/feedback/task"),
                Map.of("Authorization", List.of("Bearer token"), "Content-Type", List.of("application/json")),
                body,
                status,
                Map.of("Content-Type", List.of(contentType), "Idempotent-Replayed", List.of("false")),
                reply);
    }

    private Exchange get(String path, int status) {
        return new Exchange(
                "GET",
                URI.create("http://127.0.0.1:" + port + path),
                Map.of("Authorization", List.of("Bearer token")),
                "",
                status,
                Map.of("Content-Type", List.of("application/problem+json")),
                PROBLEM);
    }
}
