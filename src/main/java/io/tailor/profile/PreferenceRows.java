package io.tailor.profile;

import io.tailor.library.Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The learned rows under a profile: one per category and one per library task, keyed by {@code user_id}. */
@Repository
class PreferenceRows {

    private final JdbcClient jdbc;

    PreferenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TaskStats task(String userId, String taskId) {
        return jdbc.sql("select * from user_task_preference where user_id = :userId and task_library_id = :taskId")
                .param("userId", userId)
                .param("taskId", taskId)
                .query((row, n) -> taskStats(row))
                .optional()
                .orElse(TaskStats.NONE);
    }

    CategoryStats category(String userId, Category category) {
        return jdbc.sql("select * from user_category_preference where user_id = :userId and category = :category")
                .param("userId", userId)
                .param("category", category.value())
                .query((row, n) -> categoryStats(row))
                .optional()
                .orElse(CategoryStats.NONE);
    }

    void saveTask(String userId, String taskId, TaskStats stats) {
        jdbc.sql(
                        """
                        insert into user_task_preference (user_id, task_library_id, times_completed, times_skipped,
                            consecutive_skips, rating_count, rating_sum, affinity_value, affinity_weight, affinity_at,
                            last_done_at, last_feedback_at)
                        values (:userId, :taskId, :completed, :skipped, :consecutiveSkips, :ratingCount, :ratingSum,
                            :value, :weight, :at, :lastDone, :lastFeedback)
                        on conflict (user_id, task_library_id) do update set
                            times_completed = excluded.times_completed, times_skipped = excluded.times_skipped,
                            consecutive_skips = excluded.consecutive_skips, rating_count = excluded.rating_count,
                            rating_sum = excluded.rating_sum, affinity_value = excluded.affinity_value,
                            affinity_weight = excluded.affinity_weight, affinity_at = excluded.affinity_at,
                            last_done_at = excluded.last_done_at, last_feedback_at = excluded.last_feedback_at
                        """)
                .param("userId", userId)
                .param("taskId", taskId)
                .param("completed", stats.timesCompleted())
                .param("skipped", stats.timesSkipped())
                .param("consecutiveSkips", stats.consecutiveSkips())
                .param("ratingCount", stats.ratingCount())
                .param("ratingSum", stats.ratingSum())
                .param("value", stats.affinity().value())
                .param("weight", stats.affinity().weight())
                .param("at", Timestamp.from(stats.affinity().asOf()))
                .param("lastDone", ProfileStore.timestamp(stats.lastDoneAt()))
                .param("lastFeedback", ProfileStore.timestamp(stats.lastFeedbackAt()))
                .update();
    }

    void saveCategory(String userId, Category category, CategoryStats stats) {
        jdbc.sql(
                        """
                        insert into user_category_preference (user_id, category, feedback_count, completed_count,
                            rating_count, rating_sum, affinity_value, affinity_weight, affinity_at)
                        values (:userId, :category, :count, :completed, :ratingCount, :ratingSum, :value, :weight, :at)
                        on conflict (user_id, category) do update set
                            feedback_count = excluded.feedback_count, completed_count = excluded.completed_count,
                            rating_count = excluded.rating_count, rating_sum = excluded.rating_sum,
                            affinity_value = excluded.affinity_value, affinity_weight = excluded.affinity_weight,
                            affinity_at = excluded.affinity_at
                        """)
                .param("userId", userId)
                .param("category", category.value())
                .param("count", stats.feedbackCount())
                .param("completed", stats.completedCount())
                .param("ratingCount", stats.ratingCount())
                .param("ratingSum", stats.ratingSum())
                .param("value", stats.affinity().value())
                .param("weight", stats.affinity().weight())
                .param("at", Timestamp.from(stats.affinity().asOf()))
                .update();
    }

    Map<Category, CategoryStats> categories(String userId) {
        Map<Category, CategoryStats> categories = new EnumMap<>(Category.class);
        jdbc.sql("select * from user_category_preference where user_id = :userId")
                .param("userId", userId)
                .query(row -> {
                    categories.put(Category.parse("category", row.getString("category")), categoryStats(row));
                });
        return categories;
    }

    Map<String, TaskStats> tasks(String userId) {
        Map<String, TaskStats> tasks = new HashMap<>();
        jdbc.sql("select * from user_task_preference where user_id = :userId")
                .param("userId", userId)
                .query(row -> {
                    tasks.put(row.getString("task_library_id"), taskStats(row));
                });
        return tasks;
    }

    private static TaskStats taskStats(ResultSet row) throws SQLException {
        return new TaskStats(
                row.getInt("times_completed"),
                row.getInt("times_skipped"),
                row.getInt("consecutive_skips"),
                row.getInt("rating_count"),
                row.getInt("rating_sum"),
                evidence(row),
                ProfileStore.instant(row, "last_done_at"),
                ProfileStore.instant(row, "last_feedback_at"));
    }

    private static CategoryStats categoryStats(ResultSet row) throws SQLException {
        return new CategoryStats(
                row.getInt("feedback_count"),
                row.getInt("completed_count"),
                row.getInt("rating_count"),
                row.getInt("rating_sum"),
                evidence(row));
    }

    private static Evidence evidence(ResultSet row) throws SQLException {
        return new Evidence(
                row.getDouble("affinity_value"),
                row.getDouble("affinity_weight"),
                ProfileStore.instant(row, "affinity_at"));
    }
}
