package io.tailor.priors;

import io.tailor.support.Sql;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plans written straight into the tables, as the plan path leaves them: a user's plan on a day with every
 * active task of one category planned, each done, skipped or left pending, in a cohort and optionally an
 * experiment arm.
 */
record PriorsFixture(Sql sql, String category) {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** Active tasks of the category, the ones every fixture plan holds. */
    int tasks() {
        return ((Number) sql.query(
                                "service_role",
                                null,
                                "select count(*) from task_library where is_active and category = ?::task_category",
                                category)
                        .getFirst()
                        .getFirst())
                .intValue();
    }

    /** Every task of the category planned on {@code date}, each left with {@code status}; rated when done. */
    void plan(
            String userId,
            String archetype,
            String mode,
            LocalDate date,
            String status,
            @Nullable String experiment,
            @Nullable String arm) {
        List<List<Object>> plan = sql.query("service_role", null, """
                insert into plans (user_id, plan_date, archetype, mode, source, learning_phase, experiment_id, arm)
                values (?, ?, ?, ?, 'adaptive', 'discovery', ?, ?) returning id::text""", userId, date, archetype, mode, experiment, arm);
        String planId = (String) plan.getFirst().getFirst();
        sql.update("service_role", null, """
                insert into plan_items (plan_id, user_id, position, task_library_id, task_name, category,
                                        variation_group, time_block, reason, status)
                select ?::uuid, ?, row_number() over (order by id) - 1, id, name, category, variation_group,
                       'morning', 'fixture', ?
                from task_library where is_active and category = ?::task_category""", planId, userId, status, category);
        if (status.equals("done")) {
            sql.update("service_role", null, """
                    insert into user_task_feedback (user_id, task_library_id, plan_item_id, task_name, category,
                                                    completed, satisfaction_rating, occurred_at, local_date)
                    select user_id, task_library_id, id, task_name, category, true, 5, now(), ?
                    from plan_items where user_id = ? and plan_id = ?::uuid""", date, userId, planId);
        }
    }
}
