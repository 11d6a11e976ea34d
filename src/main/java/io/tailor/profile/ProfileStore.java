package io.tailor.profile;

import io.tailor.library.Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The profile tables. Every statement is keyed by {@code user_id} (a primary-key prefix), so its cost
 * does not depend on how much history the user has. Callers run inside an identity-carrying transaction.
 */
@Repository
public class ProfileStore {

    private static final String HEADER_COLUMNS =
            """
            user_id, timezone, current_learning_phase, phase_started_at, phase_baseline_at, phase_baseline_completed,
            total_feedback, total_completed,
            total_skipped, first_activity_at, last_activity_at""";

    private final JdbcClient jdbc;

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The user's profile row, created on first contact, locked until the transaction ends: one user's
     * feedback is applied one at a time, so concurrent updates are never lost.
     */
    public ProfileHeader lockOrCreate(String userId, Instant now) {
        return jdbc.sql(
                        """
                        insert into user_preference_profile (user_id, phase_started_at) values (:userId, :now)
                        on conflict (user_id) do update set updated_at = now()
                        returning\s"""
                                + HEADER_COLUMNS)
                .param("userId", userId)
                .param("now", Timestamp.from(now))
                .query(ProfileStore::header)
                .single();
    }

    public Optional<ProfileHeader> find(String userId) {
        return jdbc.sql("select " + HEADER_COLUMNS + " from user_preference_profile where user_id = :userId")
                .param("userId", userId)
                .query(ProfileStore::header)
                .optional();
    }

    /** The whole profile in three indexed reads; bounded by the library's size, not by history. */
    public Optional<PreferenceProfile> load(String userId) {
        return find(userId).map(header -> new PreferenceProfile(header, categories(userId), tasks(userId)));
    }

    public ProfileHeader setTimezone(String userId, ZoneId zone, Instant now) {
        return jdbc.sql(
                        """
                        insert into user_preference_profile (user_id, timezone, phase_started_at)
                        values (:userId, :zone, :now)
                        on conflict (user_id) do update set timezone = excluded.timezone, updated_at = now()
                        returning\s"""
                                + HEADER_COLUMNS)
                .param("userId", userId)
                .param("zone", zone.getId())
                .param("now", Timestamp.from(now))
                .query(ProfileStore::header)
                .single();
    }

    public void saveHeader(ProfileHeader header) {
        Totals totals = header.totals();
        jdbc.sql(
                        """
                        update user_preference_profile
                        set current_learning_phase = :phase, phase_started_at = :phaseStartedAt,
                            phase_baseline_at = :baselineAt, phase_baseline_completed = :baselineCompleted,
                            total_feedback = :feedback, total_completed = :completed, total_skipped = :skipped,
                            first_activity_at = :first, last_activity_at = :last, updated_at = now()
                        where user_id = :userId
                        """)
                .param("userId", header.userId())
                .param("phase", header.phase().value())
                .param("phaseStartedAt", Timestamp.from(header.phaseStartedAt()))
                .param("baselineAt", timestamp(header.phaseBaselineAt()))
                .param("baselineCompleted", header.phaseBaselineCompleted())
                .param("feedback", totals.feedback())
                .param("completed", totals.completed())
                .param("skipped", totals.skipped())
                .param("first", timestamp(totals.firstActivityAt()))
                .param("last", timestamp(totals.lastActivityAt()))
                .update();
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
                .param("lastDone", timestamp(stats.lastDoneAt()))
                .param("lastFeedback", timestamp(stats.lastFeedbackAt()))
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

    private Map<Category, CategoryStats> categories(String userId) {
        Map<Category, CategoryStats> categories = new EnumMap<>(Category.class);
        jdbc.sql("select * from user_category_preference where user_id = :userId")
                .param("userId", userId)
                .query(row -> {
                    categories.put(Category.parse("category", row.getString("category")), categoryStats(row));
                });
        return categories;
    }

    private Map<String, TaskStats> tasks(String userId) {
        Map<String, TaskStats> tasks = new HashMap<>();
        jdbc.sql("select * from user_task_preference where user_id = :userId")
                .param("userId", userId)
                .query(row -> {
                    tasks.put(row.getString("task_library_id"), taskStats(row));
                });
        return tasks;
    }

    private static ProfileHeader header(ResultSet row, int n) throws SQLException {
        return new ProfileHeader(
                row.getString("user_id"),
                ZoneId.of(row.getString("timezone")),
                LearningPhase.parse("current_learning_phase", row.getString("current_learning_phase")),
                instant(row, "phase_started_at"),
                instant(row, "phase_baseline_at"),
                row.getInt("phase_baseline_completed"),
                new Totals(
                        row.getInt("total_feedback"),
                        row.getInt("total_completed"),
                        row.getInt("total_skipped"),
                        instant(row, "first_activity_at"),
                        instant(row, "last_activity_at")));
    }

    private static TaskStats taskStats(ResultSet row) throws SQLException {
        return new TaskStats(
                row.getInt("times_completed"),
                row.getInt("times_skipped"),
                row.getInt("consecutive_skips"),
                row.getInt("rating_count"),
                row.getInt("rating_sum"),
                evidence(row),
                instant(row, "last_done_at"),
                instant(row, "last_feedback_at"));
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
                row.getDouble("affinity_value"), row.getDouble("affinity_weight"), instant(row, "affinity_at"));
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
