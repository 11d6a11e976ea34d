package io.tailor.feedback;

import io.tailor.profile.LearningPhase;
import io.tailor.security.Identity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One feedback as one database call: {@code record_feedback()} ({@code R__record_feedback.sql}) switches to the caller's
 * role and claims, locks the profile row, replays or records, learns and moves the phase, all in the
 * implicit transaction of this one statement on an autocommit connection. It must not run inside a
 * Spring transaction: its own {@code set_config} then would outlive it.
 */
@Repository
class FeedbackStatement {

    private static final String RECORD = """
            select feedback_id, learning_phase, transitions::text, replayed, matched_task_library_id
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

    /** What was recorded (or replayed), and the library task it counted for, if any. */
    record Outcome(
            UUID feedbackId,
            LearningPhase phase,
            List<Moved> transitions,
            boolean replayed,
            @Nullable String matchedTaskLibraryId) {}

    /**
     * Thrown for a refusal the statement raised (SQLSTATE {@code TL...}); nothing was written. The message
     * is the server's alone, and {@code column} the field a refusal names, if any.
     */
    static final class Refused extends RuntimeException {
        /** A second feedback for one plan item, as {@code record_feedback()} signals it. */
        static final String PLAN_ITEM_REPORTED = "TLI09";

        private final String sqlState;
        private final @Nullable String column;

        Refused(String sqlState, @Nullable String message, @Nullable String column) {
            super(message);
            this.sqlState = sqlState;
            this.column = column;
        }

        String sqlState() {
            return sqlState;
        }

        @Nullable
        String column() {
            return column;
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
                    .param(
                            "category",
                            feedback.category() == null
                                    ? null
                                    : feedback.category().value())
                    .param("completed", feedback.outcome().completed())
                    .param("rating", feedback.outcome().rating())
                    .param("notes", request.notes())
                    .param("occurredAt", Timestamp.from(feedback.outcome().occurredAt()))
                    .param("now", Timestamp.from(input.now()))
                    .param("phaseRules", input.phaseRules())
                    .query((row, n) -> new Outcome(
                            row.getObject(1, UUID.class),
                            LearningPhase.parse("learning_phase", row.getString(2)),
                            transitions(json, row.getString(3)),
                            row.getBoolean(4),
                            row.getString(5)))
                    .single();
        } catch (DataAccessException e) {
            throw refusal(e).orElseThrow(() -> e);
        }
    }

    /**
     * A refusal raised by the function, or a second report of a plan item caught by the unique index
     * (which the per-user lock leaves for writers outside {@code record_feedback()}), else nothing.
     */
    static Optional<Refused> refusal(DataAccessException e) {
        if (!(e.getMostSpecificCause() instanceof PSQLException sql) || sql.getSQLState() == null) {
            return Optional.empty();
        }
        ServerErrorMessage server = sql.getServerErrorMessage();
        if (sql.getSQLState().startsWith("TL")) {
            return Optional.of(new Refused(
                    sql.getSQLState(),
                    server == null ? sql.getMessage() : server.getMessage(),
                    server == null ? null : server.getColumn()));
        }
        if (sql.getSQLState().equals(PSQLState.UNIQUE_VIOLATION.getState())
                && server != null
                && "user_task_feedback_plan_item".equals(server.getConstraint())) {
            return Optional.of(new Refused(Refused.PLAN_ITEM_REPORTED, null, "plan_item_id"));
        }
        return Optional.empty();
    }

    static List<Moved> transitions(JsonMapper json, String array) {
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
