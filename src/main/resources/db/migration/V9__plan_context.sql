-- The plan path in two statements (issue 9): plan_context() reads everything a plan needs under the
-- per-user lock; PlanStore's write statement stores the plan, its items and the rotation marks.
-- The rows travel as JSON, each keyed by its table's column names (to_json of the row), so a column
-- added later costs nothing here. Every function runs as its caller: row-level security applies.

-- A learned profile as one document: the profile row, its category rows and its task rows; null for a
-- user nobody has heard from.
create function preference_profile(p_user_id text) returns json
    language sql stable
as $$
    select json_build_object(
        'header', p,
        'categories', coalesce((select json_agg(c) from user_category_preference c where c.user_id = p_user_id), '[]'),
        'tasks', coalesce((select json_agg(t) from user_task_preference t where t.user_id = p_user_id), '[]'))
    from user_preference_profile p
    where p.user_id = p_user_id
$$;
