package io.tailor.priors;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.TaskPrior;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the pooled priors in one statement, as the service role: every library task planned in the
 * {@linkplain PriorsSettings#WINDOW_DAYS window} with an outcome (done, skipped, or still pending once its day has
 * ended everywhere: not reported, counted not done), per task, per task and archetype, and per task,
 * archetype and mode (the plan's own), with its users, done count and ratings. Only cells with at least
 * {@code minUsers} users leave the database; nothing per user does. Plans made in an experiment arm with
 * {@code learns: false} are left out. The cost grows with the window's plans, not with the history: the
 * plans are found by their day's index ({@code plans_date}), and each plan's items and reports by their keys.
 */
@Repository
class PriorsStore {

    private static final String COUNT = """
            with outcomes as (
                select p.user_id, p.archetype, p.mode, i.task_library_id as task_id, i.status = 'done' as done,
                       f.satisfaction_rating as rating
                from plans p
                join plan_items i on i.user_id = p.user_id and i.plan_id = p.id
                left join user_task_feedback f on f.user_id = i.user_id and f.plan_item_id = i.id
                where p.plan_date between :from and :today
                  and i.task_library_id is not null
                  and (i.status <> 'pending' or p.plan_date < :ended)
                  and not exists (select from experiments e cross join jsonb_array_elements(e.arms) a
                                  where e.id = p.experiment_id and a ->> 'name' = p.arm
                                    and a ->> 'learns' = 'false')),
            cells as (
                select task_id, archetype, mode, count(distinct user_id) as users, count(*) as shown,
                       count(*) filter (where done) as done, count(rating) as ratings,
                       coalesce(sum(rating), 0) as rating_sum
                from outcomes
                group by grouping sets ((task_id), (task_id, archetype), (task_id, archetype, mode))),
            totals as (
                select count(distinct user_id) as users, count(*) as outcomes, (select count(*) from cells) as cells
                from outcomes)
            select t.users as users_counted, t.outcomes as outcomes_counted, t.cells as cells_counted,
                   c.task_id, c.archetype, c.mode, c.users, c.shown, c.done, c.ratings, c.rating_sum
            from totals t left join cells c on c.users >= :min
            order by c.task_id, c.archetype nulls first, c.mode nulls first
            """;

    private static final String REQUEST = """
            insert into priors_refresh_requests as r (generation, requested_at) values (1, :at)
            on conflict (singleton) do update set generation = r.generation + 1, requested_at = excluded.requested_at
            returning generation
            """;

    private final JdbcClient jdbc;

    PriorsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The window up to {@code now}, its cells of at least {@code minUsers} users, and what was counted. */
    Counted count(Instant now, int minUsers) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate from = today.minusDays(PriorsSettings.WINDOW_DAYS);
        List<PooledPriors.Cell> cells = new ArrayList<>();
        long[] totals = new long[3];
        jdbc.sql(COUNT)
                .param("from", from)
                .param("today", today)
                // a plan day ended everywhere two UTC days later (the last zone is UTC-12): pending is not reported
                .param("ended", today.minusDays(1))
                .param("min", minUsers)
                .query(rs -> {
                    totals[0] = rs.getLong("users_counted");
                    totals[1] = rs.getLong("outcomes_counted");
                    totals[2] = rs.getLong("cells_counted");
                    String taskId = rs.getString("task_id");
                    if (taskId != null) {
                        cells.add(cell(
                                taskId,
                                parse(Archetype.class, "archetype", rs.getString("archetype")),
                                parse(EnergyMode.class, "mode", rs.getString("mode")),
                                rs.getInt("users"),
                                new int[] {
                                    rs.getInt("shown"), rs.getInt("done"), rs.getInt("ratings"), rs.getInt("rating_sum")
                                }));
                    }
                });
        return new Counted(from, today, cells, (int) totals[0], totals[1], (int) totals[2]);
    }

    /** Asks every instance to count again: the new generation of requests, which the asking instance counts. */
    long requestRefresh(Instant at) {
        return jdbc.sql(REQUEST)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    /** The latest generation of refresh requests, 0 before the first. */
    long refreshGeneration() {
        return jdbc.sql("select coalesce(max(generation), 0) from priors_refresh_requests")
                .query(Long.class)
                .single();
    }

    private static PooledPriors.Cell cell(
            String taskId, @Nullable Archetype archetype, @Nullable EnergyMode mode, int users, int[] counts) {
        return new PooledPriors.Cell(
                taskId,
                archetype,
                mode,
                new TaskPrior(TaskPrior.Cohort.of(archetype, mode), users, counts[0], counts[1], counts[2], counts[3]));
    }

    private static <E extends Enum<E> & Named> @Nullable E parse(Class<E> type, String field, @Nullable String value) {
        return value == null ? null : Named.parse(type, field, value);
    }

    /**
     * One count: the window's days, the cells kept, and in all the users and outcomes counted and the cells
     * there were, kept or not.
     */
    record Counted(
            LocalDate from, LocalDate to, List<PooledPriors.Cell> cells, int users, long outcomes, int allCells) {

        Counted {
            cells = List.copyOf(cells);
        }
    }
}
