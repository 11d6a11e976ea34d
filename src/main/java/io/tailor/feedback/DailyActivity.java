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
 * ({@code user_daily_task_stats}) and runs of active days ({@code user_active_runs}). Weekly summaries
 * and streaks read only these, so their cost does not grow with the length of the history.
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
    public record Run(LocalDate start, LocalDate end) {

        public int days() {
            return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
        }
    }

    public List<TaskDay> between(String userId, LocalDate from, LocalDate toExclusive) {
        return jdbc.sql(
                        """
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

    public int longestStreak(String userId) {
        return jdbc.sql(
                        """
                        select end_date - start_date + 1 from user_active_runs
                        where user_id = :userId order by end_date - start_date desc limit 1
                        """)
                .param("userId", userId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Counts one event in its day's row: one keyed upsert. */
    void count(FeedbackLog.Event event) {
        jdbc.sql(
                        """
                        insert into user_daily_task_stats as s (user_id, local_date, task_key, task_library_id,
                            task_name, category, total_count, completed_count, rating_count, rating_sum)
                        values (:userId, :localDate, :taskKey, :taskId, :taskName, :category, 1, :completed,
                            :rated, coalesce(:rating, 0))
                        on conflict (user_id, local_date, task_key) do update set
                            total_count = s.total_count + 1,
                            completed_count = s.completed_count + excluded.completed_count,
                            rating_count = s.rating_count + excluded.rating_count,
                            rating_sum = s.rating_sum + excluded.rating_sum
                        """)
                .param("userId", event.userId())
                .param("localDate", event.localDate())
                .param("taskKey", event.taskKey())
                .param("taskId", event.taskLibraryId())
                .param("taskName", event.taskName())
                .param("category", event.category().value())
                .param("completed", event.completed() ? 1 : 0)
                .param("rated", event.rating() == null ? 0 : 1)
                .param("rating", event.rating())
                .update();
        if (event.completed()) {
            markActive(event.userId(), event.localDate());
        }
    }

    /**
     * Adds an active day to the user's runs, joining the run that ends the day before and the one that
     * starts the day after. Order-independent, so late-synced days land where they belong.
     */
    private void markActive(String userId, LocalDate day) {
        Optional<Run> before = lastRunStartingBy(userId, day);
        if (before.isPresent() && !before.get().end().isBefore(day)) {
            return;
        }
        Optional<Run> after = jdbc.sql(
                        """
                        delete from user_active_runs where user_id = :userId and start_date = :next
                        returning start_date, end_date
                        """)
                .param("userId", userId)
                .param("next", day.plusDays(1))
                .query((row, n) -> run(row))
                .optional();
        LocalDate end = after.map(Run::end).orElse(day);
        if (before.isPresent() && before.get().end().equals(day.minusDays(1))) {
            jdbc.sql("update user_active_runs set end_date = :end where user_id = :userId and start_date = :start")
                    .param("end", end)
                    .param("userId", userId)
                    .param("start", before.get().start())
                    .update();
        } else {
            jdbc.sql("insert into user_active_runs (user_id, start_date, end_date) values (:userId, :start, :end)")
                    .param("userId", userId)
                    .param("start", day)
                    .param("end", end)
                    .update();
        }
    }

    private Optional<Run> lastRunStartingBy(String userId, LocalDate day) {
        return jdbc.sql(
                        """
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
