package io.tailor.experiment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** {@code experiments} (V17), and each arm's outcomes read from the decision log and the plan items. */
@Repository
class ExperimentStore {

    /**
     * Per arm and user: the items planned under the experiment (replaced ones left out), those settled (reported,
     * or pending after their day ended), done, the ratings of the done ones, and the distinct variation groups of
     * each week (from Monday) the user had plans in. Outcomes as the log holds them (V18), the same the export
     * gives; read through the decisions' experiment index and the items' (user_id, id) key.
     */
    private static final String TOTALS = """
            with items as (
                select d.arm, d.user_id, d.plan_date, coalesce(d.outcome, 'pending') as status, i.variation_group,
                       case when d.outcome = 'done' then d.rating end as rating,
                       d.day_ends_at <= :now as day_ended
                from plan_decisions d
                join plan_items i on i.user_id = d.user_id and i.id = d.plan_item_id
                where d.experiment_id = :id and not d.replaced
            ), weeks as (
                select arm, user_id, count(distinct variation_group) as groups
                from items group by arm, user_id, date_trunc('week', plan_date)
            ), variety as (
                select arm, user_id, sum(groups) as groups, count(*) as weeks from weeks group by arm, user_id
            )
            select i.arm, i.user_id, count(*) as planned,
                   count(*) filter (where i.status <> 'pending' or i.day_ended) as settled,
                   count(*) filter (where i.status = 'done') as done,
                   coalesce(sum(i.rating), 0) as rating_sum, count(i.rating) as rating_count,
                   min(v.groups) as groups, min(v.weeks) as weeks
            from items i join variety v on v.arm = i.arm and v.user_id = i.user_id
            group by i.arm, i.user_id
            order by i.arm, i.user_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExperimentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Starts the experiment; nothing when the id is taken or another one runs (the partial unique index). */
    Optional<Stored> start(String id, List<Arm> arms, Instant now) {
        return jdbc.sql("""
                        insert into experiments (id, status, arms, created_at)
                        values (:id, 'running', cast(:arms as jsonb), :now)
                        on conflict do nothing
                        returning *
                        """)
                .param("id", id)
                .param("arms", ArmsJson.json(arms))
                .param("now", Timestamp.from(now))
                .query(this::stored)
                .optional();
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("select * from experiments where id = :id")
                .param("id", id)
                .query(this::stored)
                .optional();
    }

    Optional<Stored> running() {
        return jdbc.sql("select * from experiments where status = 'running'")
                .query(this::stored)
                .optional();
    }

    /** The running one first, then the latest. */
    List<Stored> recent(int limit) {
        return jdbc.sql("select * from experiments order by status = 'running' desc, created_at desc, id limit :limit")
                .param("limit", limit)
                .query(this::stored)
                .list();
    }

    /** Stops it if it runs; nothing when it does not. */
    Optional<Stored> stop(String id, Instant now) {
        return jdbc.sql("""
                        update experiments set status = 'stopped', stopped_at = :now
                        where id = :id and status = 'running'
                        returning *
                        """)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query(this::stored)
                .optional();
    }

    List<ExperimentResults.UserTotals> totals(String id, Instant now) {
        return jdbc.sql(TOTALS)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query((row, n) -> new ExperimentResults.UserTotals(
                        row.getString("arm"),
                        row.getLong("planned"),
                        row.getLong("settled"),
                        row.getLong("done"),
                        row.getLong("rating_sum"),
                        row.getLong("rating_count"),
                        row.getLong("groups"),
                        row.getLong("weeks")))
                .list();
    }

    private Stored stored(ResultSet row, int n) throws SQLException {
        Timestamp stoppedAt = row.getTimestamp("stopped_at");
        return new Stored(
                row.getString("id"),
                row.getString("status"),
                ArmsJson.arms(json.readTree(row.getString("arms"))),
                row.getTimestamp("created_at").toInstant(),
                stoppedAt == null ? null : stoppedAt.toInstant());
    }

    record Stored(
            String id,
            String status,
            List<Arm> arms,
            Instant createdAt,
            @Nullable Instant stoppedAt) {

        boolean running() {
            return status.equals("running");
        }
    }
}
