package io.tailor.feedback;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Replies to requests that carried an {@code Idempotency-Key}, kept per user for {@link #RETENTION}:
 * {@code record_feedback()} stores and replays them; this drops them.
 */
@Repository
class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Drops stored replies: one user's, or (null) expired ones of every user. */
    int clear(@Nullable String userId, Instant now) {
        return jdbc.sql("""
                        delete from feedback_idempotency
                        where (cast(:userId as text) is null and created_at <= :oldest) or user_id = :userId
                        """)
                .param("userId", userId)
                .param("oldest", Timestamp.from(now.minus(RETENTION)))
                .update();
    }
}
