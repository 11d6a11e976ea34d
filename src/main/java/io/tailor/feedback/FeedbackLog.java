package io.tailor.feedback;

import io.tailor.library.Category;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback events, as recorded: the raw history that nothing on a request path rescans. */
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
