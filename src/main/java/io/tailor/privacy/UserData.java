package io.tailor.privacy;

import io.tailor.profile.LearningPhase;
import io.tailor.security.Identity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's data rights, each one statement of a database function ({@code R__export_user_data.sql}, {@code R__delete_user_data.sql}, {@code R__reset_learning.sql}) inside the request's identity-carrying
 * transaction: PostgreSQL's row-level security decides whose rows each reaches, whatever the caller
 * checked before.
 */
@Service
class UserData {

    private static final Logger log = LoggerFactory.getLogger(UserData.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    UserData(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The export document as PostgreSQL builds it, passed on as is: it can be as long as the history. */
    @Transactional(readOnly = true)
    String export(String userId) {
        return jdbc.sql("select export_user_data(:userId, :now)::text")
                .param("userId", userId)
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class)
                .single();
    }

    /** Deletes every row of the user in every per-user table; nothing to delete is no error. */
    @Transactional
    void delete(String userId) {
        int rows = jdbc.sql("select delete_user_data(:userId)")
                .param("userId", userId)
                .query(Integer.class)
                .single();
        log.info("Deleted user {}: {} rows", userId, rows);
    }

    /** Forgets what was learned about the user; empty when nothing is known about them. */
    @Transactional
    Optional<Reset> resetLearning(String userId, Identity caller) {
        String reason = caller.isService() ? "Learning reset by the service role" : "Learning reset by the user";
        Optional<String> reset = jdbc.sql("select reset_learning(:userId, :now, :reason)::text")
                .param("userId", userId)
                .param("now", Timestamp.from(clock.instant()))
                .param("reason", reason)
                .query(String.class)
                .optional();
        reset.ifPresent(done -> log.info("Reset the learning of user {}", userId));
        return reset.map(done -> json.readValue(done, Reset.class));
    }

    /** What {@code reset_learning()} did: what it forgot, and how much feedback history it kept. */
    record Reset(
            String userId,
            LearningPhase learningPhase,
            LearningPhase previousPhase,
            OffsetDateTime phaseStartedAt,
            int taskStatsForgotten,
            int categoryStatsForgotten,
            long feedbackKept) {}
}
