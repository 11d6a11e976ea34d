-- Plan truth (issue 11, points 1 and 6): what became of each planned task, counted over what was planned.
--
-- A planned item still pending when its day has ended in the user's time zone is *not reported*. Reads
-- (weekly summaries, success metrics) derive that from the item's status and the plan's day, over a
-- bounded window, so they are right at once. Learning gets it from settle_not_reported(), called by a
-- bounded background job (summary/NotReportedSettlement): each call settles at most p_limit plans whose
-- day has ended, oldest first, found through the partial index of unsettled plans, so its cost does not
-- grow with history. Settling adds weak negative evidence per pending item (Evidence.addNotReported,
-- TaskStats.recordNotReported, CategoryStats.recordNotReported in Java, which stay the definition;
-- NotReportedRulesTest holds this SQL to them), and marks the plan settled so it is never counted twice.
-- The item's status stays 'pending': a late report still links to it and counts in full.

alter table plans add column settled_at timestamptz;

create index plans_unsettled on plans (plan_date) where settled_at is null;
-- the success metrics' windows across users: plans by their day, feedback by event time
create index plans_date on plans (plan_date);
create index user_task_feedback_occurred on user_task_feedback (occurred_at);
-- a week's plans of one user, read by the weekly summary, lead with (user_id, plan_date): the unique key

alter table user_task_preference add column times_not_reported integer not null default 0
    check (times_not_reported >= 0);
-- a task planned and never reported has stats but no feedback time yet (TaskStats.lastFeedbackAt is nullable)
alter table user_task_preference alter column last_feedback_at drop not null;
alter table user_category_preference add column not_reported_count integer not null default 0
    check (not_reported_count >= 0);

-- Evidence.add with the signal and its weight given: evidence_add() (V8) for feedback, and the weak
-- signal of a task left not reported. Same decay rules as evidence_add, which now delegates here.
create function evidence_add_signal(
    old_value double precision, old_weight double precision, as_of timestamptz,
    signal double precision, signal_weight double precision, event_at timestamptz,
    out new_value double precision, out new_weight double precision, out new_as_of timestamptz)
    language plpgsql immutable
as $$
declare
    late boolean := event_at < as_of;
    half_lives double precision := floor(extract(epoch from
        case when late then as_of - event_at else event_at - as_of end)) / (14 * 24 * 3600);
    decay double precision := case when half_lives > 1070 then 0 else power(0.5::double precision, half_lives) end;
    added double precision := signal_weight;
    kept double precision := old_weight;
begin
    if late then
        added := signal_weight * decay;
    else
        kept := old_weight * decay;
    end if;
    new_weight := kept + added;
    new_value := (old_value * kept + signal * added) / new_weight;
    new_as_of := greatest(as_of, event_at);
end
$$;

create or replace function evidence_add(
    old_value double precision, old_weight double precision, as_of timestamptz,
    completed boolean, rating integer, event_at timestamptz,
    out new_value double precision, out new_weight double precision, out new_as_of timestamptz)
    language plpgsql immutable
as $$
begin
    select e.new_value, e.new_weight, e.new_as_of into new_value, new_weight, new_as_of
    from evidence_add_signal(old_value, old_weight, as_of,
        case when not completed then 0 when rating is null then 0.8 else (rating - 1) / 4.0 end,
        case when rating is null then 1.0 else 2.0 end, event_at) e;
end
$$;

-- Settles up to p_limit plans whose day ended by p_now in their user's zone, oldest day first, and
-- returns how many pending items became not reported. Runs as its caller (the service role): row-level
-- security applies. Plans another instance is settling are skipped, never waited for. Per user, the
-- profile row is locked first, as record_feedback() does, so feedback and settlement never interleave
-- on the learned rows. Items are applied in day and position order: Evidence is order-sensitive.
create function settle_not_reported(p_now timestamptz, p_limit integer, p_weight double precision)
    returns integer
    language plpgsql
as $$
declare
    plan_ids uuid[];
    item record;
    settled integer := 0;
begin
    select array_agg(due.id) into plan_ids from (
        select p.id
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
    update plans set settled_at = p_now where id = any (plan_ids);
    for item in
        select p.user_id, i.task_library_id, i.category,
               (p.plan_date + 1)::timestamp at time zone coalesce(u.timezone, 'UTC') as day_end
        from plans p
        left join user_preference_profile u on u.user_id = p.user_id
        join plan_items i on i.plan_id = p.id and i.status = 'pending'
        where p.id = any (plan_ids)
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
