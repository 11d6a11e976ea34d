-- Distribution keys (issue 13): every key of a per-user table leads with user_id, so the schema can be
-- distributed by user_id on Citus with each user's rows in one shard (docs/scaling.md).
--
--  * plans, plan_items, user_task_feedback and learning_phase_transitions: the primary key becomes
--    (user_id, id). Ids are still generated (gen_random_uuid), so they stay unique in practice; what is
--    lost is only the database's promise that an id is unique across users, which no statement relies on:
--    every lookup by id also names the user (below).
--  * plan_items' (plan_id, position) and user_task_feedback's one-report-per-item index gain user_id.
--  * Foreign keys between per-user tables pair user_id with user_id: an item's plan, a report's item and
--    a stored reply's feedback are the same user's. Those to task_library (a reference table) stay.
--  * A report's link to its plan item no longer nulls itself when the item is deleted (ON DELETE SET NULL
--    would null user_id too, PostgreSQL 14 has no column list, and Citus refuses SET NULL on a key holding
--    the distribution column: citusdata/citus#7132). Nothing deletes a reported item: a regenerated plan
--    drops pending items only, which record_feedback() never leaves linked, and erasure (V10) deletes the
--    feedback before the items. Deleting a reported item by hand is now refused.
--  * The functions that joined plans to items or looked a row up by id alone now also equate user_id
--    (DistributionRulesTest checks joins; the unique keys serve the lookups, which lead with user_id).
-- Row-level security is untouched: the policies (V7) name user_id only, and no policy names a key.
-- It rebuilds four primary keys and checks three foreign keys over existing rows: on a large database,
-- a maintenance window's work. Rows that break the new keys stop it, except the one kind repaired here.

-- A report linked to another user's plan item (possible only for writers outside record_feedback(), which
-- the old key let through) keeps its event and loses the link, as V11 did with a second report of an item.
update user_task_feedback f set plan_item_id = null
where f.plan_item_id is not null
  and not exists (select from plan_items i where i.user_id = f.user_id and i.id = f.plan_item_id);

alter table feedback_idempotency drop constraint feedback_idempotency_feedback_id_fkey;
alter table user_task_feedback drop constraint user_task_feedback_plan_item_id_fkey;
alter table plan_items drop constraint plan_items_plan_id_fkey;

alter table plans drop constraint plans_pkey, add primary key (user_id, id);
alter table plan_items drop constraint plan_items_pkey, add primary key (user_id, id);
alter table user_task_feedback drop constraint user_task_feedback_pkey, add primary key (user_id, id);
alter table learning_phase_transitions drop constraint learning_phase_transitions_pkey,
    add primary key (user_id, id);

alter table plan_items drop constraint plan_items_plan_id_position_key,
    add constraint plan_items_plan_id_position_key unique (user_id, plan_id, position);
-- the name stays: FeedbackStatement recognises a second report of an item by it
drop index user_task_feedback_plan_item;
create unique index user_task_feedback_plan_item on user_task_feedback (user_id, plan_item_id)
    where plan_item_id is not null;
-- the primary key (user_id, id) serves what this served
drop index plan_items_user;

alter table plan_items add constraint plan_items_plan_id_fkey
    foreign key (user_id, plan_id) references plans (user_id, id) on delete cascade;
alter table user_task_feedback add constraint user_task_feedback_plan_item_id_fkey
    foreign key (user_id, plan_item_id) references plan_items (user_id, id);
alter table feedback_idempotency add constraint feedback_idempotency_feedback_id_fkey
    foreign key (user_id, feedback_id) references user_task_feedback (user_id, id) on delete cascade;

-- V9's stored_plans() and plan_context(): a plan's items are joined by user and plan.
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
                    where p.user_id = p_user_id and p.plan_date between p_from - p_days and p_to + p_days));
end
$$;

-- V12's settle_not_reported(): the plans it settles are named by (user_id, id), their key, and their items
-- joined by user and plan. Everything else is V12's.
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

-- V11's record_feedback(), called by V13's under the plan lock as record_feedback_unlocked(), whose lookups
-- by id (the replayed feedback, the item's earlier report, the item's status) now also name the user, so
-- they use the keys that lead with user_id. Everything else is V11's.
create or replace function record_feedback_unlocked(
    p_role text, p_claims text, p_user_id text,
    p_idempotency_key text, p_request_hash text, p_event_time_problem text,
    p_task_library_id text, p_plan_item_id uuid, p_task_name text, p_category text,
    p_completed boolean, p_rating integer, p_notes text, p_occurred_at timestamptz,
    p_now timestamptz, p_phase_rules jsonb,
    out feedback_id uuid, out learning_phase text, out transitions jsonb, out replayed boolean,
    out matched_task_library_id text)
    language plpgsql
as $$
declare
    profile user_preference_profile;
    stored feedback_idempotency;
    local_day date;
    rated integer := case when p_rating is null then 0 else 1 end;
    done integer := case when p_completed then 1 else 0 end;
    item plan_items;
    reported_by uuid;
    item_task text;
    v_task_library_id text := p_task_library_id;
    v_task_name text := p_task_name;
    v_category text := p_category;
begin
    -- Row-level security as the caller, for the rest of this statement's transaction.
    perform set_config('role', p_role, true), set_config('request.jwt.claims', p_claims, true);

    -- The per-user lock: one user's feedback is applied one at a time. A known user's row is only
    -- locked (no new row version); a newcomer's is created, and a concurrent first feedback waits on it.
    select * into profile from user_preference_profile where user_id = p_user_id for update;
    if not found then
        insert into user_preference_profile as p (user_id, phase_started_at) values (p_user_id, p_now)
        on conflict (user_id) do update set updated_at = now()
        returning * into profile;
    end if;

    if p_idempotency_key is not null then
        select * into stored from feedback_idempotency
        where user_id = p_user_id and idempotency_key = p_idempotency_key and created_at > p_now - interval '24 hours';
        if found then
            if stored.request_hash <> p_request_hash then
                raise exception using errcode = 'TL409', message = 'idempotency key reused with another body';
            end if;
            feedback_id := stored.feedback_id;
            learning_phase := stored.response ->> 'learning_phase';
            transitions := case when stored.response -> 'celebration' is null
                                  or jsonb_typeof(stored.response -> 'celebration') = 'null' then '[]'::jsonb
                                else jsonb_build_array(stored.response -> 'celebration') end;
            replayed := true;
            select f.task_library_id into matched_task_library_id from user_task_feedback f
            where f.user_id = p_user_id and f.id = stored.feedback_id;
            return;
        end if;
    end if;
    if p_event_time_problem is not null then
        raise exception using errcode = 'TL400', message = p_event_time_problem;
    end if;
    -- A plan item is reported once, and by what it is: the task, category and library id come from the
    -- item; any the request gives must agree with it (a name compared trimmed and case-insensitively).
    if p_plan_item_id is not null then
        select * into item from plan_items where id = p_plan_item_id and user_id = p_user_id;
        if not found then
            raise exception using errcode = 'TLI04', message = 'no such plan item for this user';
        end if;
        item_task := format('"%s" (%s%s)', item.task_name, item.category,
            coalesce(', ' || item.task_library_id, ''));
        if p_task_library_id is not null and p_task_library_id is distinct from item.task_library_id then
            raise exception using errcode = 'TLI22', column = 'task_library_id', message = item_task;
        elsif p_category is not null and p_category <> item.category::text then
            raise exception using errcode = 'TLI22', column = 'category', message = item_task;
        elsif p_task_name is not null and lower(btrim(p_task_name)) <> lower(btrim(item.task_name)) then
            raise exception using errcode = 'TLI22', column = 'task_name', message = item_task;
        end if;
        -- the profile row lock serializes one user's feedback, so this sees any earlier report of the item;
        -- the unique index on user_task_feedback (plan_item_id) holds the rule even without it
        select f.id into reported_by from user_task_feedback f where f.user_id = p_user_id and f.plan_item_id = item.id;
        if found then
            raise exception using errcode = 'TLI09', message = reported_by::text;
        end if;
        update plan_items set status = case when p_completed then 'done' else 'skipped' end
        where user_id = p_user_id and id = item.id;
        v_task_library_id := item.task_library_id;
        v_task_name := item.task_name;
        v_category := item.category::text;
    end if;
    matched_task_library_id := v_task_library_id;

    local_day := (p_occurred_at at time zone profile.timezone)::date;
    insert into user_task_feedback (user_id, task_library_id, plan_item_id, task_name, category, completed,
        satisfaction_rating, notes, occurred_at, local_date)
    values (p_user_id, v_task_library_id, p_plan_item_id, v_task_name, v_category, p_completed, p_rating, p_notes,
        p_occurred_at, local_day)
    returning id into feedback_id;

    insert into user_daily_task_stats as s (user_id, local_date, task_key, task_library_id, task_name, category,
        total_count, completed_count, rating_count, rating_sum)
    values (p_user_id, local_day, coalesce(v_task_library_id, 'name:' || v_task_name), v_task_library_id, v_task_name,
        v_category, 1, done, rated, coalesce(p_rating, 0))
    on conflict (user_id, local_date, task_key) do update set
        total_count = s.total_count + 1,
        completed_count = s.completed_count + excluded.completed_count,
        rating_count = s.rating_count + excluded.rating_count,
        rating_sum = s.rating_sum + excluded.rating_sum;
    if p_completed then
        perform mark_active_day(p_user_id, local_day);
    end if;

    -- TaskStats.record, for a library task only, and CategoryStats.record: one upsert each, the new
    -- row starting from TaskStats.NONE / CategoryStats.NONE (evidence 0.5 with no weight, at the epoch).
    if v_task_library_id is not null then
        insert into user_task_preference as t (user_id, task_library_id, times_completed, times_skipped,
            consecutive_skips, rating_count, rating_sum, affinity_value, affinity_weight, affinity_at, last_done_at,
            last_feedback_at)
        select p_user_id, v_task_library_id, done, 1 - done, 1 - done, rated, coalesce(p_rating, 0),
            e.new_value, e.new_weight, e.new_as_of, case when p_completed then p_occurred_at end, p_occurred_at
        from evidence_add(0.5, 0, 'epoch', p_completed, p_rating, p_occurred_at) e
        on conflict (user_id, task_library_id) do update set
            times_completed = t.times_completed + done,
            times_skipped = t.times_skipped + 1 - done,
            consecutive_skips = case
                when p_completed then
                    case when p_occurred_at < t.last_feedback_at then t.consecutive_skips else 0 end
                when p_occurred_at < t.last_done_at then t.consecutive_skips
                else t.consecutive_skips + 1 end,
            rating_count = t.rating_count + rated,
            rating_sum = t.rating_sum + coalesce(p_rating, 0),
            (affinity_value, affinity_weight, affinity_at) = (
                select new_value, new_weight, new_as_of from evidence_add(t.affinity_value, t.affinity_weight,
                    t.affinity_at, p_completed, p_rating, p_occurred_at)),
            last_done_at = case when p_completed then greatest(t.last_done_at, p_occurred_at) else t.last_done_at end,
            last_feedback_at = greatest(t.last_feedback_at, p_occurred_at);
    end if;

    insert into user_category_preference as c (user_id, category, feedback_count, completed_count, rating_count,
        rating_sum, affinity_value, affinity_weight, affinity_at)
    select p_user_id, v_category, 1, done, rated, coalesce(p_rating, 0), e.new_value, e.new_weight, e.new_as_of
    from evidence_add(0.5, 0, 'epoch', p_completed, p_rating, p_occurred_at) e
    on conflict (user_id, category) do update set
        feedback_count = c.feedback_count + 1,
        completed_count = c.completed_count + done,
        rating_count = c.rating_count + rated,
        rating_sum = c.rating_sum + coalesce(p_rating, 0),
        (affinity_value, affinity_weight, affinity_at) = (
            select new_value, new_weight, new_as_of from evidence_add(c.affinity_value, c.affinity_weight,
                c.affinity_at, p_completed, p_rating, p_occurred_at));

    -- Totals.record.
    update user_preference_profile set
        total_feedback = total_feedback + 1,
        total_completed = total_completed + done,
        total_skipped = total_skipped + 1 - done,
        first_activity_at = least(first_activity_at, p_occurred_at),
        last_activity_at = greatest(last_activity_at, p_occurred_at),
        updated_at = now()
    where user_id = p_user_id
    returning * into profile;

    select a.transitions, a.phase into transitions, learning_phase from advance_phase(profile, p_phase_rules) a;
    replayed := false;

    if p_idempotency_key is not null then
        insert into feedback_idempotency (user_id, idempotency_key, request_hash, feedback_id, response, created_at)
        values (p_user_id, p_idempotency_key, p_request_hash, feedback_id,
            jsonb_build_object('feedback_id', feedback_id, 'learning_phase', learning_phase,
                'celebration', case when jsonb_array_length(transitions) = 0 then null
                                    else (transitions -> -1) - 'from' - 'to' - 'cause' end),
            p_now)
        on conflict (user_id, idempotency_key) do update set
            request_hash = excluded.request_hash, feedback_id = excluded.feedback_id,
            response = excluded.response, created_at = excluded.created_at;
    end if;
end
$$;
