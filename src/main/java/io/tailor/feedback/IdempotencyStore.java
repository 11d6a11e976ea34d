package io.tailor.feedback;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Replies to requests that carried an {@code Idempotency-Key}, kept per user for {@link #RETENTION}. */
@Repository
class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String userId, String key, Instant now) {
        return jdbc.sql(
                        """
                        select request_hash, response::text from feedback_idempotency
                        where user_id = :userId and idempotency_key = :key and created_at > :oldest
                        """)
                .param("userId", userId)
                .param("key", key)
                .param("oldest", Timestamp.from(now.minus(RETENTION)))
                .query((row, n) -> new Stored(row.getString(1), row.getString(2)))
                .optional();
    }

    /** Replaces an expired entry under the same key. */
    void save(String userId, String key, String requestHash, UUID feedbackId, String response, Instant now) {
        jdbc.sql(
                        """
                        insert into feedback_idempotency (user_id, idempotency_key, request_hash, feedback_id, response,
                            created_at)
                        values (:userId, :key, :hash, :feedbackId, cast(:response as jsonb), :now)
                        on conflict (user_id, idempotency_key) do update set
                            request_hash = excluded.request_hash, feedback_id = excluded.feedback_id,
                            response = excluded.response, created_at = excluded.created_at
                        """)
                .param("userId", userId)
                .param("key", key)
                .param("hash", requestHash)
                .param("feedbackId", feedbackId)
                .param("response", response)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Drops stored replies: one user's, or (null) expired ones of every user. */
    int clear(@Nullable String userId, Instant now) {
        return jdbc.sql(
                        """
                        delete from feedback_idempotency
                        where (cast(:userId as text) is null and created_at <= :oldest) or user_id = :userId
                        """)
                .param("userId", userId)
                .param("oldest", Timestamp.from(now.minus(RETENTION)))
                .update();
    }

    record Stored(String requestHash, String response) {}
}
