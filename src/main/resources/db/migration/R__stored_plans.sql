-- The plans stored for one user on the days p_from to p_to, each with its items (joined by user and plan,
-- the items' key), as JSON keyed by column names. Runs as its caller: row-level security applies.
create or replace function stored_plans(p_user_id text, p_from date, p_to date) returns json
    language plpgsql stable
as $$
begin
    return (
        select coalesce(json_agg(json_build_object(
                   'plan', p,
                   'items', (select coalesce(json_agg(i order by i.position), '[]') from plan_items i
                             where i.user_id = p.user_id and i.plan_id = p.id))
                 order by p.plan_date), '[]')
        from plans p
        where p.user_id = p_user_id and p.plan_date between p_from and p_to);
end
$$;
