package io.tailor.summary;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The success metrics that count over what was planned, across users, for the plans dated in the last
 * {@code days} days up to today (UTC): planned items by outcome, by the phase each plan was made in
 * ({@code plans.learning_phase}), and variety as distinct variation groups per user, category and week.
 * Days after today do not count, so plans made ahead change nothing yet. Read through the plans' date index.
 */
@Component
class PlanMetrics {

    private final JdbcClient jdbc;

    PlanMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The window's plan outcomes, all phases together and by the phase each plan was made in. */
    PlanCompletion completion(Instant now, int days) {
        Map<String, PlanOutcomes> byPhase = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.learning_phase, count(distinct p.id), count(i.id),
                               count(i.id) filter (where i.status = 'done'),
                               count(i.id) filter (where i.status = 'skipped'),
                               count(i.id) filter (where i.status = 'pending' and p.plan_date < local.today),
                               count(i.id) filter (where i.status = 'pending' and p.plan_date >= local.today)
                        from plans p
                        join plan_items i on i.user_id = p.user_id and i.plan_id = p.id
                        left join user_preference_profile u on u.user_id = p.user_id
                        cross join lateral (select (:now at time zone coalesce(u.timezone, 'UTC'))::date as today) local
                        where p.plan_date > :today - :days and p.plan_date <= :today
                        group by p.learning_phase order by p.learning_phase
                        """)
                .param("now", Timestamp.from(now))
                .param("today", today(now))
                .param("days", days)
                .query(row -> {
                    byPhase.put(row.getString(1), outcomes(row));
                });
        PlanOutcomes all = byPhase.values().stream().reduce(PlanOutcomes.NONE, PlanOutcomes::plus);
        return new PlanCompletion(all, byPhase);
    }

    /** Distinct variation groups planned per user, category and week (weeks from Monday), days up to today. */
    GroupVariety variety(Instant now, int days) {
        return jdbc.sql("""
                        select count(*), avg(groups)::float8, count(*) filter (where groups >= :target)
                        from (select p.user_id, i.category, date_trunc('week', p.plan_date),
                                     count(distinct i.variation_group) as groups
                              from plans p join plan_items i on i.user_id = p.user_id and i.plan_id = p.id
                              where p.plan_date > :today - :days and p.plan_date <= :today
                                and i.variation_group is not null
                              group by 1, 2, 3) v
                        """)
                .param("today", today(now))
                .param("days", days)
                .param("target", SuccessMetrics.VARIETY_TARGET)
                .query((row, n) -> {
                    long weeks = row.getLong(1);
                    Double mean = row.getObject(2, Double.class);
                    return new GroupVariety(
                            weeks,
                            mean == null ? null : WeeklySummary.round(mean),
                            weeks == 0 ? null : WeeklySummary.round((double) row.getLong(3) / weeks));
                })
                .single();
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static PlanOutcomes outcomes(ResultSet row) throws SQLException {
        return PlanOutcomes.of(
                row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7));
    }

    /** Planned completion over the window, and by the phase each plan was made in. */
    record PlanCompletion(PlanOutcomes all, Map<String, PlanOutcomes> byPlanPhase) {}

    /**
     * What became of planned items: done, skipped, not reported (pending when its day ended in the user's
     * zone) and pending (its day not over). The rate is done over done + skipped + not reported.
     */
    @Schema(name = "PlanOutcomes")
    record PlanOutcomes(
            long plans,
            long planned,
            long done,
            long skipped,
            long notReported,
            long pending,
            @Nullable Double completionRate) {

        static final PlanOutcomes NONE = new PlanOutcomes(0, 0, 0, 0, 0, 0, null);

        static PlanOutcomes of(long plans, long planned, long done, long skipped, long notReported, long pending) {
            long settled = done + skipped + notReported;
            return new PlanOutcomes(
                    plans,
                    planned,
                    done,
                    skipped,
                    notReported,
                    pending,
                    settled == 0 ? null : WeeklySummary.round((double) done / settled));
        }

        PlanOutcomes plus(PlanOutcomes other) {
            return of(
                    plans + other.plans,
                    planned + other.planned,
                    done + other.done,
                    skipped + other.skipped,
                    notReported + other.notReported,
                    pending + other.pending);
        }
    }

    /** Variety from plans: user-category-weeks, their mean distinct groups, the share with three or more. */
    @Schema(name = "VariationGroupVariety")
    record GroupVariety(
            long userCategoryWeeks,
            @Nullable Double meanVariationGroups,
            @Nullable Double shareWithThreeOrMore) {}
}
