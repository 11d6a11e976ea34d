-- One feedback in one database call: the caller's identity, the locks, the idempotent replay, the event,
-- the per-day counts, the run of active days, the time block's counts (R__feedback_time_block.sql), the
-- learned task and category rows, the totals, any phase
-- transitions and the stored reply, all in the one statement that calls record_feedback() (FeedbackStatement),
-- so it is all-or-nothing on an autocommit connection.
--
-- The rules restated here are defined in Java and stay defined there: Evidence.add, TaskStats.record,
-- CategoryStats.record and Totals.record (profile/) and PhaseRules.due (phase/). RecordFeedbackRulesTest
-- proves on thousands of random inputs that both give the same rows.
--
-- A plan item is reported once, and by what it is: feedback naming a plan_item_id takes its task name,
-- category and library id from the item; any of them given and different is refused (TLI22, naming the
-- field and the item's task); an item already reported is refused (TLI09, naming the first feedback; the
-- unique index user_task_feedback_plan_item holds this whatever the function does), and an item the caller
-- has not (another user's, or none) is not found (TLI04). Other refusals: TL409 an Idempotency-Key used
-- with another body, TL400 an event time outside the window (checked after the replay, so a retry is
-- answered). A refusal raises, so nothing is written; FeedbackRecorder maps the SQLSTATEs to problems.
-- It returns the library task the feedback counted for (matched_task_library_id; null when none), also on
-- an idempotent replay, read from the recorded feedback. Every lookup by id also names the user, so it uses
-- the keys that lead with user_id (docs/scaling.md).
--
-- record_feedback() takes the user's plan lock (lock_user_plans(), R__plan_context.sql) first when the
-- feedback names a plan item, so it never interleaves with regenerating that plan: a regeneration could
-- otherwise delete the pending item while the feedback marked it. The plan lock comes before
-- record_feedback_unlocked()'s profile row lock, the order plan generation and erasure also follow, so the
-- two cannot deadlock. Each statement of a PL/pgSQL function takes a new snapshot (read committed), so
-- record_feedback_unlocked() sees everything the previous holder of the lock committed.
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
        -- the item's logged decision keeps its outcome, so reading the log joins nothing (V18)
        update plan_decisions set outcome = case when p_completed then 'done' else 'skipped' end, rating = p_rating
        where user_id = p_user_id and plan_item_id = item.id;
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
    if p_plan_item_id is not null then
        -- the item shows what was recorded (V20), so a card needs no second read after a reload
        update plan_items set status = case when p_completed then 'done' else 'skipped' end,
            feedback_id = record_feedback_unlocked.feedback_id, satisfaction_rating = p_rating
        where user_id = p_user_id and id = item.id;
    end if;

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
    perform add_time_block_report(p_user_id, feedback_time_block(item.time_block, p_occurred_at, profile.timezone),
        p_completed);

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
            last_feedback_at = greatest(t.last_feedback_at, p_occurred_at),
            -- what correct_feedback() restores when this completion, the latest, turns out a skip (V20)
            prev_done_at = case when p_completed and p_occurred_at >= coalesce(t.last_done_at, '-infinity')
                then t.last_done_at else t.prev_done_at end,
            skips_before_done = case when p_completed and p_occurred_at >= coalesce(t.last_done_at, '-infinity')
                then case when p_occurred_at < t.last_feedback_at then 0 else t.consecutive_skips end
                else t.skips_before_done end;
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

create or replace function record_feedback(
    p_role text, p_claims text, p_user_id text,
    p_idempotency_key text, p_request_hash text, p_event_time_problem text,
    p_task_library_id text, p_plan_item_id uuid, p_task_name text, p_category text,
    p_completed boolean, p_rating integer, p_notes text, p_occurred_at timestamptz,
    p_now timestamptz, p_phase_rules jsonb,
    out feedback_id uuid, out learning_phase text, out transitions jsonb, out replayed boolean,
    out matched_task_library_id text)
    language plpgsql
as $$
begin
    if p_plan_item_id is not null then
        perform lock_user_plans(p_user_id);
    end if;
    select r.feedback_id, r.learning_phase, r.transitions, r.replayed, r.matched_task_library_id
    into feedback_id, learning_phase, transitions, replayed, matched_task_library_id
    from record_feedback_unlocked(p_role, p_claims, p_user_id, p_idempotency_key, p_request_hash,
        p_event_time_problem, p_task_library_id, p_plan_item_id, p_task_name, p_category, p_completed, p_rating,
        p_notes, p_occurred_at, p_now, p_phase_rules) r;
end
$$;
