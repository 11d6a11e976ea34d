package io.tailor.summary;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spec's success metrics over a window of days, across all users (run as the service role): the
 * spec's three queries with the window as a parameter, on event time ({@code occurred_at}) where the
 * spec used insertion time, plan sources, phases, the service's own request timers for latency, and
 * what became of planned items ({@link PlanMetrics}).
 */
@Service
class SuccessMetrics {

    static final int VARIETY_TARGET = 3;

    private final JdbcClient jdbc;
    private final PlanMetrics plans;
    private final MeterRegistry meters;
    private final Clock clock;

    SuccessMetrics(JdbcClient jdbc, PlanMetrics plans, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Report report(int days) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(Duration.ofDays(days)));
        PlanMetrics.PlanCompletion planned = plans.completion(now, days);
        return new Report(
                days,
                variety(since),
                completion(since, Timestamp.from(now)),
                satisfaction(since, Timestamp.from(now)),
                dynamicPlans(since),
                phases(),
                latency(),
                planned.all(),
                planned.byPlanPhase(),
                plans.variety(now, days));
    }

    private Variety variety(Timestamp since) {
        return jdbc.sql("""
                        select count(*), avg(variety_count)::float8, count(*) filter (where variety_count >= :target)
                        from (select user_id, count(distinct variation_group) as variety_count
                              from task_rotation_state where last_used_at > :since group by user_id) v
                        """)
                .param("since", since)
                .param("target", VARIETY_TARGET)
                .query((row, n) -> {
                    long users = row.getLong(1);
                    return new Variety(
                            users,
                            rounded(row.getObject(2, Double.class)),
                            users == 0 ? null : round((double) row.getLong(3) / users));
                })
                .single();
    }

    /** Feedback by event time ({@code occurred_at}): a late sync counts on the day it happened. */
    private Completion completion(Timestamp since, Timestamp now) {
        Map<String, PhaseCompletion> byPhase = new LinkedHashMap<>();
        jdbc.sql("""
                        select upp.current_learning_phase,
                               avg(case when utf.completed then 1 else 0 end) as completion_rate,
                               count(distinct utf.user_id) as user_count
                        from user_preference_profile upp
                        join user_task_feedback utf on upp.user_id = utf.user_id
                        where utf.occurred_at > :since and utf.occurred_at <= :now
                        group by upp.current_learning_phase order by 1
                        """).param("since", since).param("now", now).query(row -> {
            byPhase.put(row.getString(1), new PhaseCompletion(round(row.getDouble(2)), row.getLong(3)));
        });
        return jdbc.sql("""
                        select count(*), avg(case when completed then 1.0 else 0 end)::float8
                        from user_task_feedback where occurred_at > :since and occurred_at <= :now
                        """)
                .param("since", since)
                .param("now", now)
                .query((row, n) -> new Completion(row.getLong(1), rounded(row.getObject(2, Double.class)), byPhase))
                .single();
    }

    private Map<String, Satisfaction> satisfaction(Timestamp since, Timestamp now) {
        Map<String, Satisfaction> byCategory = new LinkedHashMap<>();
        jdbc.sql("""
                        select category, avg(satisfaction_rating) as avg_rating, count(*) as rating_count
                        from user_task_feedback
                        where satisfaction_rating is not null and occurred_at > :since and occurred_at <= :now
                        group by category order by category
                        """).param("since", since).param("now", now).query(row -> {
            byCategory.put(row.getString(1), new Satisfaction(round(row.getDouble(2)), row.getLong(3)));
        });
        return byCategory;
    }

    /** Dynamic plan success rate: of the plans the dynamic path was asked for, the share it served. */
    private DynamicPlans dynamicPlans(Timestamp since) {
        return jdbc.sql("""
                        select count(*) filter (where source = 'adaptive'), count(*) filter (where source = 'library'),
                               count(*) filter (where source = 'fallback'),
                               count(*) filter (where source = 'fallback' and failure is not null),
                               -- an experiment arm's static or thompson plans are dynamic plans served too
                               count(*) filter (where source <> 'fallback')
                        from plans where created_at > :since
                        """)
                .param("since", since)
                .query((row, n) -> {
                    long served = row.getLong(5);
                    long failed = row.getLong(4);
                    return new DynamicPlans(
                            row.getLong(1),
                            row.getLong(2),
                            row.getLong(3),
                            failed,
                            served + failed == 0 ? null : round((double) served / (served + failed)));
                })
                .single();
    }

    private Map<String, Long> phases() {
        Map<String, Long> phases = new LinkedHashMap<>();
        jdbc.sql("select current_learning_phase, count(*) from user_preference_profile group by 1 order by 1")
                .query(row -> {
                    phases.put(row.getString(1), row.getLong(2));
                });
        return phases;
    }

    private List<Latency> latency() {
        return meters.find("http.server.requests").timers().stream()
                .filter(timer -> timer.getId().getTag("uri") != null)
                .map(SuccessMetrics::latency)
                .sorted(Comparator.comparing(Latency::uri)
                        .thenComparing(Latency::method)
                        .thenComparing(Latency::status))
                .toList();
    }

    private static Latency latency(Timer timer) {
        Map<String, Double> percentiles = new LinkedHashMap<>();
        for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
            percentiles.put("p" + Math.round(value.percentile() * 100), round(value.value(TimeUnit.MILLISECONDS)));
        }
        return new Latency(
                String.valueOf(timer.getId().getTag("method")),
                String.valueOf(timer.getId().getTag("uri")),
                String.valueOf(timer.getId().getTag("status")),
                timer.count(),
                percentiles);
    }

    private static @Nullable Double rounded(@Nullable Double value) {
        return value == null ? null : round(value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    @Schema(name = "SuccessMetrics")
    record Report(
            int windowDays,
            Variety taskVariety,
            Completion completion,
            Map<String, Satisfaction> satisfactionByCategory,
            DynamicPlans dynamicPlans,
            Map<String, Long> phaseDistribution,
            List<Latency> apiLatencySinceStart,

            @Schema(
                    description = "Items of the plans dated in the window up to today, by outcome; the rate is"
                            + " over planned items whose day has ended")
            PlanMetrics.PlanOutcomes plannedCompletion,

            @Schema(description = "planned_completion by the learning phase each plan was made in")
            Map<String, PlanMetrics.PlanOutcomes> plannedCompletionByPlanPhase,

            @Schema(description = "Distinct variation groups planned per user, category and week, days up to today")
            PlanMetrics.GroupVariety variationGroupVariety) {}

    record Variety(
            long users,
            @Nullable Double meanVariationGroups,
            @Nullable Double shareWithThreeOrMore) {}

    record Completion(long feedback, @Nullable Double completionRate, Map<String, PhaseCompletion> byLearningPhase) {}

    record PhaseCompletion(double completionRate, long userCount) {}

    record Satisfaction(double meanRating, long ratingCount) {}

    record DynamicPlans(
            long adaptive,
            long library,
            long fallback,
            long dynamicFailures,
            @Nullable Double successRate) {}

    record Latency(String method, String uri, String status, long count, Map<String, Double> percentilesMs) {}
}
