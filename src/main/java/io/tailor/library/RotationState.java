package io.tailor.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /**
     * Groups used after {@code windowStart} and before {@code now}: the uses up to now that {@link
     * RotationWindow} holds back at {@code now} when {@code windowStart} is a window earlier (a group used
     * exactly 48 h ago is free). A mark sits at the start of its plan's day in the user's zone; one later
     * than now is a day planned ahead and not yet lived, so it does not count. Such a mark may have
     * replaced the group's earlier one ({@code last_used_at} keeps the latest), so the dynamic plans dated
     * inside the window are read too: at most a few days' plans, by the plans' (user, date) key.
     */
    Set<String> usedBetween(String userId, Instant windowStart, Instant now) {
        return new HashSet<>(jdbc.sql("""
                        select variation_group from task_rotation_state
                        where user_id = :userId and last_used_at > :windowStart and last_used_at < :now
                        union
                        select i.variation_group
                        from plans p
                        join plan_items i on i.user_id = p.user_id and i.plan_id = p.id
                        cross join lateral (select p.plan_date::timestamp at time zone coalesce(
                            (select timezone from user_preference_profile where user_id = :userId), 'UTC') as starts) d
                        where p.user_id = :userId and p.source <> 'fallback' and i.variation_group is not null
                          and p.plan_date between cast(:firstDay as date) and cast(:lastDay as date)
                          and d.starts > :windowStart and d.starts < :now
                        """)
                .param("userId", userId)
                .param("windowStart", Timestamp.from(windowStart))
                .param("now", Timestamp.from(now))
                // every date whose start, in some zone (UTC-12 to UTC+14), may fall inside the window
                .param(
                        "firstDay",
                        LocalDate.ofInstant(windowStart, ZoneOffset.UTC).minusDays(1))
                .param("lastDay", LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))
                .query(String.class)
                .list());
    }
}
