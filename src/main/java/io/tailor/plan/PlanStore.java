package io.tailor.plan;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.library.TimeOfDay;
import io.tailor.profile.LearningPhase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Serializes plan generation per user, so a double tap finds the first plan instead of colliding with it. */
    void lockUser(String userId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:userId, 7421))")
                .param("userId", userId)
                .query()
                .singleRow();
    }

    /**
     * Each variation group planned for the user on another day within {@code window} of {@code date},
     * at the start of the nearest such day in {@code zone}: one indexed range read on (user, date).
     */
    Map<String, Instant> groupsPlannedAround(String userId, LocalDate date, Duration window, ZoneId zone) {
        long days = (window.toHours() + 23) / 24;
        Map<String, Instant> nearest = new HashMap<>();
        jdbc.sql(
                        """
                        select i.variation_group, p.plan_date from plans p join plan_items i on i.plan_id = p.id
                        where p.user_id = :userId and p.plan_date between :from and :to and p.plan_date <> :date
                          and i.variation_group is not null
                        order by abs(p.plan_date - :date) desc
                        """)
                .param("userId", userId)
                .param("from", date.minusDays(days))
                .param("to", date.plusDays(days))
                .param("date", date)
                .query(row -> {
                    nearest.put(
                            row.getString(1),
                            row.getObject(2, LocalDate.class).atStartOfDay(zone).toInstant());
                });
        return nearest;
    }

    void delete(UUID planId) {
        jdbc.sql("delete from plans where id = :id").param("id", planId).update();
    }

    PlanView save(NewPlan plan) {
        PlanView header = jdbc.sql(
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
        return header.withItems(insertItems(header.planId(), plan.userId(), plan.tasks()));
    }

    /**
     * All items in one statement. A fallback source may name a library id that this database does not
     * have: the task is kept and the link dropped.
     */
    private List<PlanView.Item> insertItems(UUID planId, String userId, List<PlannedTask> tasks) {
        List<PlanView.Item> items = new ArrayList<>(jdbc.sql(
                        """
                        insert into plan_items (plan_id, user_id, position, task_library_id, task_name, category,
                            variation_group, time_block, reason)
                        select :planId, :userId, t.position - 1, (select id from task_library where id = t.task_id),
                               t.task_name, t.category, t.variation_group, t.time_block, t.reason
                        from unnest(cast(:taskIds as text[]), cast(:names as text[]), cast(:categories as text[]),
                                    cast(:groups as text[]), cast(:blocks as text[]), cast(:reasons as text[]))
                             with ordinality as t(task_id, task_name, category, variation_group, time_block, reason,
                                                  position)
                        returning *
                        """)
                .param("planId", planId)
                .param("userId", userId)
                .param("taskIds", column(tasks, PlannedTask::taskLibraryId))
                .param("names", column(tasks, PlannedTask::taskName))
                .param("categories", column(tasks, task -> task.category().value()))
                .param("groups", column(tasks, PlannedTask::variationGroup))
                .param("blocks", column(tasks, task -> task.timeBlock().value()))
                .param("reasons", column(tasks, PlannedTask::reason))
                .query((row, n) -> item(row))
                .list());
        items.sort(java.util.Comparator.comparingInt(PlanView.Item::position));
        return items;
    }

    private static String[] column(List<PlannedTask> tasks, java.util.function.Function<PlannedTask, String> field) {
        return tasks.stream().map(field).toArray(String[]::new);
    }

    private List<PlanView.Item> items(UUID planId) {
        return new ArrayList<>(jdbc.sql("select * from plan_items where plan_id = :planId order by position")
                .param("planId", planId)
                .query((row, n) -> item(row))
                .list());
    }

    private static PlanView.Item item(ResultSet row) throws SQLException {
        return new PlanView.Item(
                row.getObject("id", UUID.class),
                row.getInt("position"),
                row.getString("task_library_id"),
                row.getString("task_name"),
                Category.parse("category", row.getString("category")),
                row.getString("variation_group"),
                TimeOfDay.parse("time_block", row.getString("time_block")),
                row.getString("reason"),
                row.getString("status"));
    }

    private static PlanView header(ResultSet row) throws SQLException {
        return new PlanView(
                row.getObject("id", UUID.class),
                row.getString("user_id"),
                row.getObject("plan_date", LocalDate.class),
                Named.parse(Archetype.class, "archetype", row.getString("archetype")),
                Named.parse(EnergyMode.class, "mode", row.getString("mode")),
                Named.parse(PlanSource.class, "source", row.getString("source")),
                LearningPhase.parse("learning_phase", row.getString("learning_phase")),
                row.getTimestamp("created_at").toInstant().atOffset(ZoneOffset.UTC),
                List.of());
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
