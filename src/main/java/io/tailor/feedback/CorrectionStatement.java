package io.tailor.feedback;

import io.tailor.profile.LearningPhase;
import io.tailor.security.Identity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One same-day correction as one database call: {@code correct_feedback()} ({@code R__correct_feedback.sql})
 * moves every aggregate the report went into by the difference, under the same locks as recording. Like
 * {@link FeedbackStatement}, it runs outside any Spring transaction.
 */
@Repository
class CorrectionStatement {

    private static final String CORRECT = """
            select feedback::text, learning_phase, transitions::text, changed
            from correct_feedback(:role, :claims, :userId, :feedbackId, :completed, :rating, :now,
                cast(:phaseRules as jsonb))
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CorrectionStatement(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The report as it now stands, the phase after it, and whether anything changed. */
    record Corrected(
            JsonNode feedback, LearningPhase phase, List<FeedbackStatement.Moved> transitions, boolean changed) {}

    Corrected correct(
            Identity identity,
            String userId,
            UUID feedbackId,
            @Nullable Boolean completed,
            @Nullable Integer rating,
            Instant now,
            String phaseRules) {
        try {
            return jdbc.sql(CORRECT)
                    .param("role", identity.role().claim())
                    .param("claims", identity.claimsJson())
                    .param("userId", userId)
                    .param("feedbackId", feedbackId)
                    .param("completed", completed)
                    .param("rating", rating)
                    .param("now", Timestamp.from(now))
                    .param("phaseRules", phaseRules)
                    .query((row, n) -> new Corrected(
                            json.readTree(row.getString(1)),
                            LearningPhase.parse("learning_phase", row.getString(2)),
                            FeedbackStatement.transitions(json, row.getString(3)),
                            row.getBoolean(4)))
                    .single();
        } catch (DataAccessException e) {
            throw FeedbackStatement.refusal(e).orElseThrow(() -> e);
        }
    }
}
