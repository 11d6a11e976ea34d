package io.tailor.feedback;

import io.tailor.library.Category;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback events and the per-day, per-task counts kept beside them. */
@Repository
class FeedbackLog {

    private final JdbcClient jdbc;

    FeedbackLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID append(Event event) {
        return jdbc.sql(
                        """
                        insert into user_task_feedback (user_id, task_library_id, plan_item_id, task_name, category,
                            completed, satisfaction_rating, notes, occurred_at, local_date)
                        values (:userId, :taskId, :planItemId, :taskName, :category, :completed, :rating, :notes,
                            :occurredAt, :localDate)
                        returning id
                        """)
                .param("userId", event.userId())
                .param("taskId", event.taskLibraryId())
                .param("planItemId", event.planItemId())
                .param("taskName", event.taskName())
                .param("category", event.category().value())
                .param("completed", event.completed())
                .param("rating", event.rating())
                .param("notes", event.notes())
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .param("localDate", event.localDate())
                .query(UUID.class)
                .single();
    }

    /** One keyed upsert per event: weekly summaries read these rows, never the events. */
    void countDay(Event event) {
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
    }

    record Event(
            String userId,
            @Nullable String taskLibraryId,
            @Nullable UUID planItemId,
            String taskName,
            Category category,
            boolean completed,
            @Nullable Integer rating,
            @Nullable String notes,
            Instant occurredAt,
            LocalDate localDate) {

        /** Library tasks are counted by id; other sources' tasks by name. */
        String taskKey() {
            return taskLibraryId != null ? taskLibraryId : "name:" + taskName;
        }
    }
}
