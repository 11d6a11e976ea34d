package io.tailor.profile;

import io.tailor.library.Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The learned rows under a profile: one per category and one per library task, keyed by {@code user_id},
 * written by {@code record_feedback()} with each feedback.
 */
@Repository
class PreferenceRows {

    private final JdbcClient jdbc;

    PreferenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
