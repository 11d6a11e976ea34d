package io.tailor.feedback;

import io.tailor.profile.LearningPhase;
import io.tailor.security.Identity;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One feedback as one database call: {@code record_feedback()} (migration V8) switches to the caller's
 * role and claims, locks the profile row, replays or records, learns and moves the phase, all in the
 * implicit transaction of this one statement on an autocommit connection. It must not run inside a
 * Spring transaction: its own {@code set_config} then would outlive it.
 */
@Repository
class FeedbackStatement {

    private static final String RECORD =
            """
            select feedback_id, learning_phase, transitions::text, replayed
            from record_feedback(:role, :claims, :userId, :key, :hash, :eventTimeProblem, :taskId, :planItemId,
                :taskName, :category, :completed, :rating, :notes, :occurredAt, :now, cast(:phaseRules as jsonb))
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FeedbackStatement(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What the statement was given: the validated feedback, resolved against the library, and the phase rules. */
    record Input(
            FeedbackRecorder.ValidFeedback feedback,
            @Nullable String taskLibraryId,
            Optional<String> idempotencyKey,
            @Nullable String requestHash,
            @Nullable String eventTimeProblem,
            Instant now,
            String phaseRules) {}

    /** A transition the feedback caused ({@code to} and {@code cause} are null in a replayed reply). */
    record Moved(@Nullable String to, @Nullable String cause, String title, String message) {}

    record Outcome(UUID feedbackId, LearningPhase phase, List<Moved> transitions, boolean replayed) {}

    /** Thrown for a refusal the statement raised (SQLSTATE {@code TL...}); nothing was written. */
    static final class Refused extends RuntimeException {
        private final String sqlState;

        Refused(String sqlState, String message) {
            super(message);
            this.sqlState = sqlState;
        }

        String sqlState() {
            return sqlState;
        }
    }

    Outcome record(Identity identity, Input input) {
        var feedback = input.feedback();
        var request = feedback.request();
        try {
            return jdbc.sql(RECORD)
                    .param("role", identity.role().claim())
                    .param("claims", identity.claimsJson())
                    .param("userId", request.userId())
                    .param("key", input.idempotencyKey().orElse(null))
                    .param("hash", input.requestHash())
                    .param("eventTimeProblem", input.eventTimeProblem())
                    .param("taskId", input.taskLibraryId())
                    .param("planItemId", request.planItemId())
                    .param("taskName", request.taskName())
                    .param("category", feedback.category().value())
                    .param("completed", feedback.outcome().completed())
                    .param("rating", feedback.outcome().rating())
                    .param("notes", request.notes())
                    .param("occurredAt", Timestamp.from(feedback.outcome().occurredAt()))
                    .param("now", Timestamp.from(input.now()))
                    .param("phaseRules", input.phaseRules())
                    .query((row, n) -> new Outcome(
                            row.getObject(1, UUID.class),
                            LearningPhase.parse("learning_phase", row.getString(2)),
                            transitions(row.getString(3)),
                            row.getBoolean(4)))
                    .single();
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("TL")) {
                throw new Refused(sql.getSQLState(), sql.getMessage());
            }
            throw e;
        }
    }

    private List<Moved> transitions(String array) {
        if (array.equals("[]")) { // nearly every feedback: no need to parse
            return List.of();
        }
        JsonNode nodes = json.readTree(array);
        if (nodes.isEmpty()) {
            return List.of();
        }
        return nodes.valueStream()
                .map(node -> new Moved(
                        text(node, "to"),
                        text(node, "cause"),
                        node.get("title").asString(),
                        node.get("message").asString()))
                .toList();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
