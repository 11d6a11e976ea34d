package io.tailor.feedback;

import io.tailor.library.Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-day aggregates kept beside the events, in the user's local days: counts per task and day
 * ({@code user_daily_task_stats}) and runs of active days ({@code user_active_runs}), both kept by
 * {@code record_feedback()} with each feedback. Weekly summaries and streaks read only these, so their
 * cost does not grow with the length of the history.
 */
@Repository
public class DailyActivity {

    private final JdbcClient jdbc;

    DailyActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One day's counts for one task: the library id, or {@code name:<task name>} for another source's task. */
    public record TaskDay(
            LocalDate date,
            String taskKey,
            @Nullable String taskLibraryId,
            String taskName,
            Category category,
            int total,
            int completed,
            int ratingCount,
            int ratingSum) {}

    /** A run of consecutive active days, both ends included. */
    public record Run(LocalDate start, LocalDate end) {}

    public List<TaskDay> between(String userId, LocalDate from, LocalDate toExclusive) {
        return jdbc.sql("""
                        select * from user_daily_task_stats
                        where user_id = :userId and local_date >= :from and local_date < :to
                        order by local_date, task_key
                        """)
                .param("userId", userId)
                .param("from", from)
                .param("to", toExclusive)
                .query((row, n) -> new TaskDay(
                        row.getObject("local_date", LocalDate.class),
                        row.getString("task_key"),
                        row.getString("task_library_id"),
                        row.getString("task_name"),
                        Category.parse("category", row.getString("category")),
                        row.getInt("total_count"),
                        row.getInt("completed_count"),
                        row.getInt("rating_count"),
                        row.getInt("rating_sum")))
                .list();
    }

    /** The run of active days that contains {@code day}, if that day was active. */
    public Optional<Run> runContaining(String userId, LocalDate day) {
        return lastRunStartingBy(userId, day).filter(run -> !run.end().isBefore(day));
    }

    /**
     * The longest run as it stood at the end of {@code asOf}: runs that began later are not counted and one
     * going on past it counts up to it, so a past week's summary says what was true then. For today (or
     * later) the run-length index answers at once; a past week reads the user's runs begun by then.
     */
    public int longestStreak(String userId, LocalDate asOf, LocalDate today) {
        if (!asOf.isBefore(today)) {
            return longestStreak(userId);
        }
        return jdbc.sql("""
                        select coalesce(max(least(end_date, :asOf) - start_date + 1), 0) from user_active_runs
                        where user_id = :userId and start_date <= :asOf
                        """)
                .param("userId", userId)
                .param("asOf", asOf)
                .query(Integer.class)
                .single();
    }

    public int longestStreak(String userId) {
        return jdbc.sql("""
                        select end_date - start_date + 1 from user_active_runs
                        where user_id = :userId order by end_date - start_date desc limit 1
                        """)
                .param("userId", userId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private Optional<Run> lastRunStartingBy(String userId, LocalDate day) {
        return jdbc.sql("""
                        select start_date, end_date from user_active_runs
                        where user_id = :userId and start_date <= :day
                        order by start_date desc limit 1
                        """)
                .param("userId", userId)
                .param("day", day)
                .query((row, n) -> run(row))
                .optional();
    }

    private static Run run(ResultSet row) throws SQLException {
        return new Run(row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class));
    }
}
