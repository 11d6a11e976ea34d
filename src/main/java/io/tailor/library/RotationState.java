package io.tailor.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code task_rotation_state}: when each user last used each variation group. One row per group, so
 * a user's whole state is bounded by the library's size however long their history.
 */
@Repository
public class RotationState {

    private final JdbcClient jdbc;

    RotationState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Groups used after {@code windowStart} (open at its start: a group used exactly 48 h ago is free). */
    public Set<String> usedSince(String userId, Instant windowStart) {
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

    public Map<String, Instant> lastUsed(String userId) {
        Map<String, Instant> lastUsed = new HashMap<>();
        jdbc.sql("select variation_group, last_used_at from task_rotation_state where user_id = :userId")
                .param("userId", userId)
                .query(row -> {
                    lastUsed.put(row.getString(1), row.getTimestamp(2).toInstant());
                });
        return lastUsed;
    }

    /** Records the uses of one plan in one statement; a backfilled earlier day never moves {@code last_used_at} back. */
    public void markUsed(String userId, List<Task> tasks, Instant at) {
        jdbc.sql(
                        """
                        insert into task_rotation_state as r (user_id, variation_group, category, last_used_at,
                            last_task_id, use_count)
                        select :userId, u.variation_group, u.category, :at, u.task_id, 1
                        from unnest(cast(:groups as text[]), cast(:categories as text[]), cast(:taskIds as text[]))
                             as u(variation_group, category, task_id)
                        on conflict (user_id, variation_group) do update set
                            use_count = r.use_count + 1,
                            last_task_id = case when excluded.last_used_at >= r.last_used_at
                                                then excluded.last_task_id else r.last_task_id end,
                            last_used_at = greatest(r.last_used_at, excluded.last_used_at)
                        """)
                .param("userId", userId)
                .param("groups", tasks.stream().map(Task::variationGroup).toArray(String[]::new))
                .param(
                        "categories",
                        tasks.stream().map(task -> task.category().value()).toArray(String[]::new))
                .param("taskIds", tasks.stream().map(Task::id).toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update();
    }
}
