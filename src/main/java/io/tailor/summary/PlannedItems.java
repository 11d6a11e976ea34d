package io.tailor.summary;

import io.tailor.library.Category;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What became of the items of a user's plans over a few days, read through the plans' {@code (user_id,
 * plan_date)} key: so many planned, so many still pending after their day ended (<i>not reported</i>), so
 * many pending on a day not yet over. Counted from the items themselves, so a summary is right before the
 * settlement job has run, and a late report moves an item from not reported to done or skipped.
 */
@Repository
class PlannedItems {

    private final JdbcClient jdbc;

    PlannedItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One day's planned items of one task, keyed like the per-day feedback counts. */
    record TaskPlan(
            LocalDate date,
            String taskKey,
            @Nullable String taskLibraryId,
            String taskName,
            Category category,
            int planned,
            int notReported,
            int pending) {}

    /** Plans dated {@code from} to before {@code toExclusive}; a day before {@code today} (the user's) has ended. */
    List<TaskPlan> between(String userId, LocalDate from, LocalDate toExclusive, LocalDate today) {
        return jdbc.sql("""
                        select p.plan_date, coalesce(i.task_library_id, 'name:' || i.task_name) as task_key,
                               i.task_library_id, i.task_name, i.category, count(*) as planned,
                               count(*) filter (where i.status = 'pending' and p.plan_date < :today) as not_reported,
                               count(*) filter (where i.status = 'pending' and p.plan_date >= :today) as pending
                        from plans p join plan_items i on i.user_id = p.user_id and i.plan_id = p.id
                        where p.user_id = :userId and p.plan_date >= :from and p.plan_date < :to
                        group by 1, 2, 3, 4, 5
                        order by 1, 2
                        """)
                .param("userId", userId)
                .param("from", from)
                .param("to", toExclusive)
                .param("today", today)
                .query((row, n) -> new TaskPlan(
                        row.getObject("plan_date", LocalDate.class),
                        row.getString("task_key"),
                        row.getString("task_library_id"),
                        row.getString("task_name"),
                        Category.parse("category", row.getString("category")),
                        row.getInt("planned"),
                        row.getInt("not_reported"),
                        row.getInt("pending")))
                .list();
    }
}
