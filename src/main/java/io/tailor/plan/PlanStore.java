package io.tailor.plan;

import io.tailor.decision.LoggedDecision;
import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.profile.LearningPhase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plans} and {@code plan_items}. A new or regenerated plan costs two statements: {@link #context} reads what it
 * depends on under the user's plan lock, {@link #save} writes it with its items and rotation marks.
 */
@Repository
class PlanStore {

    /**
     * One data-modifying statement. A plan for a date already planned (regenerating; else there is none, as
     * the plan lock is held since the read) keeps its row and its reported items, and its pending items
     * give way to the new ones, numbered after the kept; their logged decisions stay, marked replaced, and each new
     * item's decision is logged ({@code plan_decisions}, in columns: V18). A dynamic plan marks its variation groups as used
     * at the plan's start, also for a future date: readers ignore marks later than the time they plan for
     * ({@code RecentUses}, {@code library.RotationState}). A backfilled earlier day never moves
     * {@code last_used_at} back. A fallback source may name a library id this database lacks: the task is
     * kept and the link dropped. The plan names the experiment arm it was (re)made under, or none.
     */
    private static final String SAVE = """
            with tasks as (
                select * from unnest(cast(:taskIds as text[]), cast(:names as text[]), cast(:categories as text[]),
                                     cast(:groups as text[]), cast(:blocks as text[]), cast(:reasons as text[]),
                                     cast(:policies as text[]), cast(:pools as text[]), cast(:exact as boolean[]),
                                     cast(:phases as text[]), cast(:unrotatedBest as text[]), cast(:multi as text[]),
                                     cast(:probabilities as text[]), cast(:chosen as smallint[]),
                                     cast(:propensities as double precision[]), cast(:categoryTried as smallint[]))
                     with ordinality as t(task_id, task_name, category, variation_group, time_block, reason, policy,
                                          pool, exact, phase, unrotated_best, multi, probabilities, chosen,
                                          propensity, category_tried, position)
            ), dropped as (
                delete from plan_items i using plans p
                where p.user_id = :userId and p.plan_date = :date and i.user_id = p.user_id and i.plan_id = p.id
                  and i.status = 'pending'
                returning i.id
            ), plan as (
                -- reading the delete's result runs it first, so the new items' positions are free
                insert into plans (user_id, plan_date, archetype, mode, source, learning_phase, failure,
                    experiment_id, arm, library_version, welcome_back_days)
                select :userId, :date, :archetype, :mode, :source, :phase, :failure, :experimentId, :arm,
                       :libraryVersion, cast(:welcomeBackDays as integer)
                where (select count(*) from dropped) >= 0
                on conflict (user_id, plan_date) do update set
                    archetype = excluded.archetype, mode = excluded.mode, source = excluded.source,
                    learning_phase = excluded.learning_phase, failure = excluded.failure,
                    experiment_id = excluded.experiment_id, arm = excluded.arm,
                    library_version = excluded.library_version, welcome_back_days = excluded.welcome_back_days,
                    created_at = excluded.created_at,
                    -- the new pending items of a regenerated past day are settled by the next run too
                    settled_at = null
                returning *
            ), kept as (
                select i.* from plan_items i join plan on i.user_id = plan.user_id and i.plan_id = plan.id
                where i.status <> 'pending'
            ), items as (
                insert into plan_items (plan_id, user_id, position, task_library_id, task_name, category,
                    variation_group, time_block, reason)
                select plan.id, plan.user_id, t.position - 1 + coalesce((select max(position) + 1 from kept), 0),
                       (select id from task_library where id = t.task_id),
                       t.task_name, t.category, t.variation_group, t.time_block, t.reason
                from plan cross join tasks t
                returning *
            ), replaced as (
                update plan_decisions d set replaced = true
                from dropped where d.user_id = :userId and d.plan_item_id = dropped.id
            ), logged as (
                insert into plan_decisions (user_id, plan_item_id, plan_id, plan_date, decided_at, policy,
                    experiment_id, arm, learns, category, time_block, pool, probability_kind, library_version,
                    phase, archetype, mode, days_since_first_feedback, completion_rate, unrotated_best, multi,
                    probabilities, chosen, propensity, day_ends_at, category_tried, days_missed)
                select i.user_id, i.id, i.plan_id, :date, :decidedAt, t.policy, :experimentId, :arm, :learns,
                       i.category, i.time_block, t.pool, case when t.exact then 'exact' else 'estimated' end,
                       :libraryVersion, t.phase, :archetype, :mode, cast(:daysSinceFirstFeedback as integer),
                       cast(:completionRate as double precision), t.unrotated_best, t.multi,
                       cast(t.probabilities as double precision[]), t.chosen, t.propensity, :dayEndsAt, t.category_tried,
                       cast(:daysMissed as integer)
                from items i
                join tasks t on t.position - 1 + coalesce((select max(position) + 1 from kept), 0) = i.position
            ), marks as (
                insert into task_rotation_state as r (user_id, variation_group, category, last_used_at,
                    last_task_id, use_count)
                select :userId, t.variation_group, t.category, :planTime, t.task_id, 1
                from tasks t
                where :marksRotation
                on conflict (user_id, variation_group) do update set
                    use_count = r.use_count + 1,
                    last_task_id = case when excluded.last_used_at >= r.last_used_at
                                        then excluded.last_task_id else r.last_task_id end,
                    last_used_at = greatest(r.last_used_at, excluded.last_used_at)
            )
            select json_build_object(
                       'plan', plan,
                       'items', (select coalesce(json_agg(i order by i.position), '[]')
                                 from (select * from kept union all select * from items) i))::text
            from plan
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Takes the user's plan lock and reads {@code plan_context()} ({@code R__plan_context.sql}) for the days meant. */
    PlanContext context(String userId, Days days, Duration rotationWindow) {
        return PlanJson.context(json.readTree(jdbc.sql("select plan_context(:userId, :from, :to, :around)::text")
                .param("userId", userId)
                .param("from", days.from())
                .param("to", days.to())
                .param("around", PlanContext.daysAround(rotationWindow))
                .query(String.class)
                .single()));
    }

    /** The plans stored on the days meant, and the user's time zone: what reading a plan needs. */
    Stored stored(String userId, Days days) {
        return jdbc.sql("""
                        select coalesce((select timezone from user_preference_profile where user_id = :userId), 'UTC'),
                               stored_plans(:userId, :from, :to)::text
                        """)
                .param("userId", userId)
                .param("from", days.from())
                .param("to", days.to())
                .query((row, n) ->
                        new Stored(ZoneId.of(row.getString(1)), PlanJson.plans(json.readTree(row.getString(2)))))
                .single();
    }

    PlanView save(NewPlan plan) {
        LoggedDecision.Arm arm = plan.logged().arm();
        return PlanJson.plan(json.readTree(jdbc.sql(SAVE)
                .param("userId", plan.userId())
                .param("date", plan.date())
                .param("archetype", plan.archetype().value())
                .param("mode", plan.mode().value())
                .param("source", plan.source().value())
                .param("phase", plan.phase().value())
                .param("failure", plan.failure())
                .param("experimentId", arm == null ? null : arm.experiment())
                .param("arm", arm == null ? null : arm.arm())
                .param("learns", arm == null || arm.learns())
                .param("taskIds", column(plan.tasks(), PlannedTask::taskLibraryId))
                .param("names", column(plan.tasks(), PlannedTask::taskName))
                .param(
                        "categories",
                        column(plan.tasks(), task -> task.category().value()))
                .param("groups", column(plan.tasks(), PlannedTask::variationGroup))
                .param("blocks", column(plan.tasks(), task -> task.timeBlock().value()))
                .param("reasons", column(plan.tasks(), PlannedTask::reason))
                .param("policies", logged(plan, LoggedDecision::policy))
                .param("pools", logged(plan, LoggedDecision::pool))
                .param(
                        "exact",
                        plan.decisions().stream().map(LoggedDecision::exact).toArray(Boolean[]::new))
                .param("phases", logged(plan, decision -> decision.phase().value()))
                .param("unrotatedBest", logged(plan, LoggedDecision::unrotatedBest))
                .param("multi", logged(plan, LoggedDecision::multi))
                .param("probabilities", logged(plan, decision -> arrayLiteral(decision.probabilities())))
                .param(
                        "chosen",
                        plan.decisions().stream().map(LoggedDecision::chosen).toArray(Integer[]::new))
                .param(
                        "propensities",
                        plan.decisions().stream()
                                .map(LoggedDecision::propensity)
                                .toArray(Double[]::new))
                .param(
                        "categoryTried",
                        plan.decisions().stream()
                                .map(LoggedDecision::categoryTried)
                                .toArray(Integer[]::new))
                .param("libraryVersion", plan.logged().libraryVersion())
                .param("daysSinceFirstFeedback", plan.logged().daysSinceFirstFeedback())
                .param("daysMissed", plan.logged().daysMissed())
                .param("welcomeBackDays", plan.welcomeBackDays())
                .param("completionRate", plan.logged().completionRate())
                .param("dayEndsAt", Timestamp.from(plan.logged().dayEndsAt()))
                .param("decidedAt", Timestamp.from(plan.decidedAt()))
                .param("planTime", Timestamp.from(plan.planTime()))
                .param("marksRotation", plan.marksRotation())
                .query(String.class)
                .single()));
    }

    private static String[] column(List<PlannedTask> tasks, Function<PlannedTask, @Nullable String> field) {
        return tasks.stream().map(field).toArray(String[]::new);
    }

    /** A decision's probabilities as a float8[] literal: one text per item, as arrays of arrays must be even. */
    private static String arrayLiteral(List<Double> probabilities) {
        StringBuilder literal = new StringBuilder("{");
        for (double probability : probabilities) {
            literal.append(literal.length() > 1 ? "," : "").append(probability);
        }
        return literal.append('}').toString();
    }

    private static String[] logged(NewPlan plan, Function<LoggedDecision, @Nullable String> field) {
        return plan.decisions().stream().map(field).toArray(String[]::new);
    }

    /**
     * The days a plan request may mean: the date it names, or with none every date that is today somewhere
     * (UTC offsets run from -12 to +14 hours), until the user's zone, read with the plans, settles which.
     */
    record Days(LocalDate from, LocalDate to) {

        static Days meant(Optional<LocalDate> date, Clock clock) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            return date.map(day -> new Days(day, day)).orElseGet(() -> new Days(today.minusDays(1), today.plusDays(1)));
        }
    }

    record Stored(ZoneId zone, List<PlanView> plans) {

        Optional<PlanView> on(LocalDate date) {
            return plans.stream().filter(plan -> plan.date().equals(date)).findFirst();
        }
    }

    /**
     * A plan to store, starting at {@code planTime}. A dynamic plan's tasks are the library's and mark
     * rotation; a fallback source's need not be, and leave rotation alone. {@code welcomeBackDays}: the days
     * missed when the plan's policy leaned on them ({@code WelcomeBack}), else null.
     */
    record NewPlan(
            String userId,
            LocalDate date,
            Archetype archetype,
            EnergyMode mode,
            PlanSource source,
            LearningPhase phase,
            @Nullable String failure,
            List<PlannedTask> tasks,
            List<LoggedDecision> decisions,
            Instant planTime,
            Instant decidedAt,
            LoggedDecision.Context logged,
            @Nullable Integer welcomeBackDays) {

        boolean marksRotation() {
            return source != PlanSource.FALLBACK;
        }
    }
}
