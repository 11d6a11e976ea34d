package io.tailor.plan;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.library.TimeOfDay;
import io.tailor.profile.LearningPhase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code plans} and {@code plan_items}, read and written by (user, date): one indexed lookup each. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanView> find(String userId, LocalDate date) {
        return jdbc.sql("select * from plans where user_id = :userId and plan_date = :date")
                .param("userId", userId)
                .param("date", date)
                .query((row, n) -> header(row))
                .optional()
                .map(plan -> plan.withItems(items(plan.planId())));
    }

    void delete(UUID planId) {
        jdbc.sql("delete from plans where id = :id").param("id", planId).update();
    }

    PlanView save(NewPlan plan) {
        Header header = jdbc.sql(
                        """
                        insert into plans (user_id, plan_date, archetype, mode, source, learning_phase, failure)
                        values (:userId, :date, :archetype, :mode, :source, :phase, :failure)
                        returning *
                        """)
                .param("userId", plan.userId())
                .param("date", plan.date())
                .param("archetype", plan.archetype().value())
                .param("mode", plan.mode().value())
                .param("source", plan.source().value())
                .param("phase", plan.phase().value())
                .param("failure", plan.failure())
                .query((row, n) -> header(row))
                .single();
        List<PlannedTask> tasks = plan.tasks();
        for (int position = 0; position < tasks.size(); position++) {
            insertItem(header.planId(), plan.userId(), position, tasks.get(position));
        }
        return header.withItems(items(header.planId()));
    }

    private void insertItem(UUID planId, String userId, int position, PlannedTask task) {
        // A fallback source may name a library id that this database does not have: keep the task, drop the link.
        jdbc.sql(
                        """
                        insert into plan_items (plan_id, user_id, position, task_library_id, task_name, category,
                            variation_group, time_block, reason)
                        values (:planId, :userId, :position, (select id from task_library where id = :taskId),
                            :taskName, :category, :group, :timeBlock, :reason)
                        """)
                .param("planId", planId)
                .param("userId", userId)
                .param("position", position)
                .param("taskId", task.taskLibraryId())
                .param("taskName", task.taskName())
                .param("category", task.category().value())
                .param("group", task.variationGroup())
                .param("timeBlock", task.timeBlock().value())
                .param("reason", task.reason())
                .update();
    }

    private List<PlanView.Item> items(UUID planId) {
        return new ArrayList<>(jdbc.sql("select * from plan_items where plan_id = :planId order by position")
                .param("planId", planId)
                .query((row, n) -> new PlanView.Item(
                        row.getObject("id", UUID.class),
                        row.getInt("position"),
                        row.getString("task_library_id"),
                        row.getString("task_name"),
                        Category.parse("category", row.getString("category")),
                        row.getString("variation_group"),
                        TimeOfDay.parse("time_block", row.getString("time_block")),
                        row.getString("reason"),
                        row.getString("status")))
                .list());
    }

    private static Header header(ResultSet row) throws SQLException {
        return new Header(
                row.getObject("id", UUID.class),
                row.getString("user_id"),
                row.getObject("plan_date", LocalDate.class),
                Named.parse(Archetype.class, "archetype", row.getString("archetype")),
                Named.parse(EnergyMode.class, "mode", row.getString("mode")),
                Named.parse(PlanSource.class, "source", row.getString("source")),
                LearningPhase.parse("learning_phase", row.getString("learning_phase")),
                row.getTimestamp("created_at").toInstant().atOffset(ZoneOffset.UTC));
    }

    private record Header(
            UUID planId,
            String userId,
            LocalDate date,
            Archetype archetype,
            EnergyMode mode,
            PlanSource source,
            LearningPhase phase,
            java.time.OffsetDateTime createdAt) {

        PlanView withItems(List<PlanView.Item> items) {
            return new PlanView(planId, userId, date, archetype, mode, source, phase, createdAt, items);
        }
    }

    record NewPlan(
            String userId,
            LocalDate date,
            Archetype archetype,
            EnergyMode mode,
            PlanSource source,
            LearningPhase phase,
            @Nullable String failure,
            List<PlannedTask> tasks) {}
}
