-- The plan path in two statements: plan_context() reads everything a plan needs under the per-user lock;
-- PlanStore's write statement stores the plan, its items and the rotation marks. Every function runs as
-- its caller: row-level security applies. They are PL/pgSQL, which keeps its query plans for the session:
-- a SQL-language function whose body reads a table is planned again at every call, which cost several
-- times what its reads cost.
--
-- lock_user_plans(): one plan or erasure at a time per user (transaction-scoped). plan_context(),
-- record_feedback() for a plan item and delete_user_data() share this one key, so an erasure waits for a
-- plan being written and a double tap finds the first plan.
--
-- plan_context(): everything a new plan for one of the days p_from to p_to depends on: the profile, the
-- plans stored on those days, when each variation group was last used, the groups planned within p_days
-- of them, and the library tasks already done on those days (reported with or without a plan item, read
-- from the day rows record_feedback() keeps), so a task done on a day is not planned again that day. Each
-- is an indexed read whose cost does not grow with the length of the history; the user's completions per
-- time block (V23), which place the plan's tasks. And the running experiment,
-- if any (V17, through its partial unique index): the plan's arm is a hash of it and the user, so a start or
-- a stop is seen by the next plan on every instance.
create or replace function lock_user_plans(p_user_id text) returns void
    language sql
as $$
    select pg_advisory_xact_lock(hashtextextended(p_user_id, 7421))
$$;

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
                   and s.completed_count > 0 and s.task_library_id is not null),
        -- the user's reports and completions per time block (V23): at most three keyed rows
        'time_blocks', (select coalesce(json_agg(json_build_object('time_block', b.time_block,
                                                                   'reported', b.reported_count,
                                                                   'completed', b.completed_count)), '[]')
                        from user_time_block_stats b where b.user_id = p_user_id),
        'experiment', (select json_build_object('id', e.id, 'arms', e.arms) from experiments e
                       where e.status = 'running'));
end
$$;
