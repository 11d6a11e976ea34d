-- A task done on a day is not planned again for that day (issue 11, point 3), also when it was reported
-- without a plan item (feedback naming the task alone) or on a plan item since replaced. plan_context()
-- (V9, V14) also returns the library tasks done on the days the request may mean, read from the day rows
-- record_feedback() keeps (user_daily_task_stats, keyed by user and day): one more indexed range read of at
-- most a few dozen rows, whatever the length of the history. Everything else is V14's.

create or replace function plan_context(p_user_id text, p_from date, p_to date, p_days integer) returns json
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
                                          where i.user_id = p.user_id and i.plan_id = p.id
                                            and i.variation_group is not null))), '[]')
                    from plans p
                    where p.user_id = p_user_id and p.plan_date between p_from - p_days and p_to + p_days),
        -- library tasks done on those days, reported with or without a plan item: the day rows' key
        'done', (select coalesce(json_agg(json_build_object('local_date', s.local_date,
                                                            'task_library_id', s.task_library_id)), '[]')
                 from user_daily_task_stats s
                 where s.user_id = p_user_id and s.local_date between p_from and p_to
                   and s.completed_count > 0 and s.task_library_id is not null));
end
$$;
