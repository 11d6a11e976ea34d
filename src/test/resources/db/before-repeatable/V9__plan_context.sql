-- The plan path in two statements (issue 9): plan_context() reads everything a plan needs under the
-- per-user lock; PlanStore's write statement stores the plan, its items and the rotation marks.
-- The rows travel as JSON, each keyed by its table's column names (to_json of the row), so a column
-- added later costs nothing here. Every function runs as its caller: row-level security applies.
-- They are PL/pgSQL, which keeps its query plans for the session: a SQL-language function whose body
-- reads a table is planned again at every call, which cost several times what its reads cost.

-- A learned profile as one document: the profile row, its category rows and its task rows; null for a
-- user nobody has heard from.
create function preference_profile(p_user_id text) returns json
    language plpgsql stable
as $$
begin
    return (
        select json_build_object(
            'header', p,
            'categories', coalesce((select json_agg(c) from user_category_preference c where c.user_id = p_user_id), '[]'),
            'tasks', coalesce((select json_agg(t) from user_task_preference t where t.user_id = p_user_id), '[]'))
        from user_preference_profile p
        where p.user_id = p_user_id);
end
$$;

-- A user's stored plans dated p_from to p_to, each as {plan, items} with its items in position order.
create function stored_plans(p_user_id text, p_from date, p_to date) returns json
    language plpgsql stable
as $$
begin
    return (
        select coalesce(json_agg(json_build_object(
                   'plan', p,
                   'items', (select coalesce(json_agg(i order by i.position), '[]') from plan_items i where i.plan_id = p.id))
                 order by p.plan_date), '[]')
        from plans p
        where p.user_id = p_user_id and p.plan_date between p_from and p_to);
end
$$;

-- One plan or erasure at a time per user (transaction-scoped): plan_context() and delete_user_data() (V10)
-- share this one key, so an erasure waits for a plan being written and a double tap finds the first plan.
create function lock_user_plans(p_user_id text) returns void
    language sql
as $$
    select pg_advisory_xact_lock(hashtextextended(p_user_id, 7421))
$$;

-- Everything a new plan for one of the days p_from to p_to depends on: the profile, the plans stored on
-- those days, when each variation group was last used, and the groups planned within p_days of them.
create function plan_context(p_user_id text, p_from date, p_to date, p_days integer) returns json
    language plpgsql
as $$
begin
    -- One plan at a time per user, so a double tap finds the first plan instead of colliding with it. The
    -- lock is taken by a statement of its own: the query below then starts after it is granted, and its
    -- snapshot sees what the previous holder committed (a single statement's snapshot would predate it).
    perform lock_user_plans(p_user_id);
    return json_build_object(
        'profile', preference_profile(p_user_id),
        'plans', stored_plans(p_user_id, p_from, p_to),
        'last_used', (select coalesce(json_object_agg(r.variation_group, r.last_used_at), '{}')
                      from task_rotation_state r where r.user_id = p_user_id),
        -- per stored plan, so the plans' (user_id, plan_date) index leads whatever the statistics say
        'planned', (select coalesce(json_agg(json_build_object(
                               'plan_date', p.plan_date,
                               'groups', (select coalesce(json_agg(i.variation_group), '[]') from plan_items i
                                          where i.plan_id = p.id and i.variation_group is not null))), '[]')
                    from plans p
                    where p.user_id = p_user_id and p.plan_date between p_from - p_days and p_to + p_days));
end
$$;
