-- A learned profile as one document: the profile row, its category rows and its task rows; null for a
-- user nobody has heard from. The rows travel as JSON keyed by their column names (to_json of the row), so
-- a column added later costs nothing here. Runs as its caller: row-level security applies.
create or replace function preference_profile(p_user_id text) returns json
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
