-- A planned item still pending when its day has ended in the user's time zone is *not reported*. Reads
-- (weekly summaries, success metrics) derive that from the item's status and the plan's day. Learning gets
-- it from settle_not_reported(), called by a bounded background job (profile/NotReportedSettlement): each
-- call settles at most p_limit plans whose day has ended by p_now, oldest day first, found through the
-- partial index of unsettled plans, so its cost does not grow with history. Settling adds weak negative
-- evidence per pending item (Evidence.addNotReported, TaskStats.recordNotReported,
-- CategoryStats.recordNotReported in Java, which stay the definition; NotReportedRulesTest holds this SQL to
-- them), and marks the plan settled so it is never counted twice. The item's status stays 'pending': a late
-- report still links to it and counts in full.
--
-- Runs as its caller (the service role): row-level security applies. Plans another instance is settling
-- are skipped, never waited for. Per user, the profile row is locked first, as record_feedback() does, so
-- feedback and settlement never interleave on the learned rows. Items are applied in day and position
-- order: Evidence is order-sensitive. Plans are named by (user_id, id), their key.
create or replace function settle_not_reported(p_now timestamptz, p_limit integer, p_weight double precision)
    returns integer
    language plpgsql
as $$
declare
    plan_users text[];
    plan_ids uuid[];
    item record;
    settled integer := 0;
begin
    select array_agg(due.user_id), array_agg(due.id) into plan_users, plan_ids from (
        select p.user_id, p.id
        from plans p left join user_preference_profile u on u.user_id = p.user_id
        -- a day can have ended by p_now only if it is at most p_now's UTC day (UTC+14 ends first)
        where p.settled_at is null and p.plan_date <= (p_now at time zone 'UTC')::date
          and (p.plan_date + 1)::timestamp at time zone coalesce(u.timezone, 'UTC') <= p_now
        order by p.plan_date, p.id
        limit p_limit
        for update of p skip locked) due;
    if plan_ids is null then
        return 0;
    end if;
    update plans p set settled_at = p_now
    from unnest(plan_users, plan_ids) as due(user_id, id)
    where p.user_id = due.user_id and p.id = due.id;
    for item in
        select p.user_id, i.task_library_id, i.category,
               (p.plan_date + 1)::timestamp at time zone coalesce(u.timezone, 'UTC') as day_end
        from unnest(plan_users, plan_ids) as due(user_id, id)
        join plans p on p.user_id = due.user_id and p.id = due.id
        left join user_preference_profile u on u.user_id = p.user_id
        join plan_items i on i.user_id = p.user_id and i.plan_id = p.id and i.status = 'pending'
        order by day_end, p.plan_date, p.id, i.position
    loop
        insert into user_preference_profile as p (user_id, phase_started_at) values (item.user_id, p_now)
        on conflict (user_id) do update set updated_at = now();

        if item.task_library_id is not null then
            insert into user_task_preference as t (user_id, task_library_id, times_not_reported, affinity_value,
                affinity_weight, affinity_at, last_feedback_at)
            select item.user_id, item.task_library_id, 1, e.new_value, e.new_weight, e.new_as_of, null
            from evidence_add_signal(0.5, 0, 'epoch', 0, p_weight, item.day_end) e
            on conflict (user_id, task_library_id) do update set
                times_not_reported = t.times_not_reported + 1,
                (affinity_value, affinity_weight, affinity_at) = (
                    select new_value, new_weight, new_as_of from evidence_add_signal(t.affinity_value,
                        t.affinity_weight, t.affinity_at, 0, p_weight, item.day_end));
        end if;

        insert into user_category_preference as c (user_id, category, not_reported_count, affinity_value,
            affinity_weight, affinity_at)
        select item.user_id, item.category, 1, e.new_value, e.new_weight, e.new_as_of
        from evidence_add_signal(0.5, 0, 'epoch', 0, p_weight, item.day_end) e
        on conflict (user_id, category) do update set
            not_reported_count = c.not_reported_count + 1,
            (affinity_value, affinity_weight, affinity_at) = (
                select new_value, new_weight, new_as_of from evidence_add_signal(c.affinity_value,
                    c.affinity_weight, c.affinity_at, 0, p_weight, item.day_end));
        settled := settled + 1;
    end loop;
    return settled;
end
$$;
