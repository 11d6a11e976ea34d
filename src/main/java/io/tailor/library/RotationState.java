package io.tailor.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code task_rotation_state}: when each user last used each variation group. One row per group, so
 * a user's whole state is bounded by the library's size however long their history. Plans read and
 * write it in their own two statements ({@code plan.PlanStore}).
 */
@Repository
class RotationState {

    private final JdbcClient jdbc;

    RotationState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Groups used after {@code windowStart} (open at its start: a group used exactly 48 h ago is free). */
    Set<String> usedSince(String userId, Instant windowStart) {
        return new HashSet<>(jdbc.sql(
                        """
                        select variation_group from task_rotation_state
                        where user_id = :userId and last_used_at > :windowStart
                        """)
                .param("userId", userId)
                .param("windowStart", Timestamp.from(windowStart))
                .query(String.class)
                .list());
    }
}
