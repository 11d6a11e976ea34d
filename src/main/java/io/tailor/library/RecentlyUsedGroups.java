package io.tailor.library;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rotation window over {@code task_rotation_state}: the variation groups a user used after a
 * given instant (the window is open at its start: a group used exactly 48 h ago is free again).
 */
@Repository
public class RecentlyUsedGroups {

    private final JdbcClient jdbc;

    RecentlyUsedGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> since(String userId, Instant windowStart) {
        return new HashSet<>(jdbc.sql(
                        """
                        select variation_group from task_rotation_state
                        where user_id = :userId and last_used_at > :windowStart
                        """)
                .param("userId", userId)
                .param("windowStart", java.sql.Timestamp.from(windowStart))
                .query(String.class)
                .list());
    }
}
