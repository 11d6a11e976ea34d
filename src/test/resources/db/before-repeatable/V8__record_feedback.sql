-- One feedback in one database call (issue 9): the caller's identity, the per-user lock, the
-- idempotent replay, the event, the per-day counts, the run of active days, the learned task and
-- category rows, the totals, any phase transitions and the stored reply, all in the one statement
-- that calls record_feedback(), so it is all-or-nothing on an autocommit connection.
--
-- The rules restated here are defined in Java and stay defined there: Evidence.add, TaskStats.record,
-- CategoryStats.record and Totals.record (profile/) and PhaseRules.due (phase/).
-- RecordFeedbackRulesTest proves on thousands of random inputs that both give the same rows.
-- The thresholds and celebration texts come from Java in p_phase_rules (LearningPhases.sqlRules).
--
-- Refusals raise an exception, so nothing is written, with SQLSTATEs that FeedbackRecorder maps to
-- problem responses: TL409 an Idempotency-Key used with another body, TL400 an event time outside the
-- window (checked after the replay, so a retry is answered), TL422 a plan item the user does not have.

-- Evidence.add: the decayed, weighted mean of outcome signals, as (value, weight, as_of). Weights
-- halve every 14 days of event time, counted in whole seconds as Java's Duration.toSeconds does.
-- PostgreSQL raises an underflow where Java's Math.pow returns 0, so past 1,070 half-lives (41 years:
-- the first event after Evidence.NONE's epoch) the decay is 0 outright. PL/pgSQL rather than SQL:
-- its expressions are planned once per session, where a non-inlined SQL function is planned per call.
create function evidence_add(
    old_value double precision, old_weight double precision, as_of timestamptz,
    completed boolean, rating integer, event_at timestamptz,
    out new_value double precision, out new_weight double precision, out new_as_of timestamptz)
    language plpgsql immutable
as $$
declare
    late boolean := event_at < as_of;
    half_lives double precision := floor(extract(epoch from
        case when late then as_of - event_at else event_at - as_of end)) / (14 * 24 * 3600);
    decay double precision := case when half_lives > 1070 then 0 else power(0.5::double precision, half_lives) end;
    signal double precision := case when not completed then 0 when rating is null then 0.8 else (rating - 1) / 4.0 end;
    signal_weight double precision := case when rating is null then 1.0 else 2.0 end;
    kept double precision := old_weight;
begin
    if late then
        signal_weight := signal_weight * decay;
    else
        kept := old_weight * decay;
    end if;
    new_weight := kept + signal_weight;
    new_value := (old_value * kept + signal * signal_weight) / new_weight;
    new_as_of := greatest(as_of, event_at);
end
$$;

-- user_active_runs: adds an active day, joining the run that ends the day before and the one that
-- starts the day after (DailyActivity's runs; order-independent, so late-synced days land right).
create function mark_active_day(p_user_id text, p_day date) returns void
    language plpgsql
as $$
declare
    before_run user_active_runs;
    after_end date;
begin
    select * into before_run from user_active_runs
    where user_id = p_user_id and start_date <= p_day order by start_date desc limit 1;
    if found and before_run.end_date >= p_day then
        return;
    end if;
    delete from user_active_runs where user_id = p_user_id and start_date = p_day + 1
    returning end_date into after_end;
    if before_run.end_date = p_day - 1 then
        update user_active_runs set end_date = coalesce(after_end, p_day)
        where user_id = p_user_id and start_date = before_run.start_date;
    else
        insert into user_active_runs (user_id, start_date, end_date) values (p_user_id, p_day, coalesce(after_end, p_day));
    end if;
end
$$;

-- PhaseRules.due on the locked profile row with its totals updated: moves the phase on (at most twice),
-- records each transition with its celebration, and returns them as [{from, to, cause, title, message}].
create function advance_phase(profile user_preference_profile, p_phase_rules jsonb,
    out transitions jsonb, out phase text)
    language plpgsql
as $$
declare
    moved_at timestamptz := profile.last_activity_at;
    start_at timestamptz := coalesce(profile.phase_baseline_at, profile.first_activity_at);
    tz text := profile.timezone;
    rule jsonb;
    cause text;
    celebration jsonb;
    days integer := 0;
    tasks integer := greatest(0, profile.total_completed - profile.phase_baseline_completed);
begin
    transitions := '[]';
    phase := profile.current_learning_phase;
    if moved_at is null then
        return;
    end if;
    if start_at is not null and moved_at >= start_at then
        days := (moved_at at time zone tz)::date - (start_at at time zone tz)::date;
    end if;
    loop
        rule := p_phase_rules -> phase;
        exit when rule is null;
        if tasks >= (rule ->> 'min_tasks')::integer then
            cause := 'tasks';
        elsif days >= (rule ->> 'min_days')::integer then
            cause := 'days';
        else
            exit;
        end if;
        celebration := rule -> 'celebrations' -> cause;
        insert into learning_phase_transitions (user_id, from_phase, to_phase, cause, transitioned_at,
            celebration_title, celebration_message)
        values (profile.user_id, phase, rule ->> 'to', cause, moved_at, celebration ->> 'title', celebration ->> 'message');
        transitions := transitions || jsonb_build_object('from', phase, 'to', rule ->> 'to', 'cause', cause,
            'title', celebration ->> 'title', 'message', celebration ->> 'message');
        phase := rule ->> 'to';
    end loop;
    if jsonb_array_length(transitions) > 0 then
        update user_preference_profile set current_learning_phase = phase, phase_started_at = moved_at
        where user_id = profile.user_id;
    end if;
end
$$;

create function record_feedback(
    p_role text, p_claims text, p_user_id text,
    p_idempotency_key text, p_request_hash text, p_event_time_problem text,
    p_task_library_id text, p_plan_item_id uuid, p_task_name text, p_category text,
    p_completed boolean, p_rating integer, p_notes text, p_occurred_at timestamptz,
    p_now timestamptz, p_phase_rules jsonb,
    out feedback_id uuid, out learning_phase text, out transitions jsonb, out replayed boolean)
    language plpgsql
as $$
declare
    profile user_preference_profile;
    stored feedback_idempotency;
    local_day date;
    rated integer := case when p_rating is null then 0 else 1 end;
    done integer := case when p_completed then 1 else 0 end;
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
            return;
        end if;
    end if;
    if p_event_time_problem is not null then
        raise exception using errcode = 'TL400', message = p_event_time_problem;
    end if;
    if p_plan_item_id is not null then
        update plan_items set status = case when p_completed then 'done' else 'skipped' end
        where id = p_plan_item_id and user_id = p_user_id;
        if not found then
            raise exception using errcode = 'TL422', message = 'no such plan item for this user';
        end if;
    end if;

    local_day := (p_occurred_at at time zone profile.timezone)::date;
    insert into user_task_feedback (user_id, task_library_id, plan_item_id, task_name, category, completed,
        satisfaction_rating, notes, occurred_at, local_date)
    values (p_user_id, p_task_library_id, p_plan_item_id, p_task_name, p_category, p_completed, p_rating, p_notes,
        p_occurred_at, local_day)
    returning id into feedback_id;

    insert into user_daily_task_stats as s (user_id, local_date, task_key, task_library_id, task_name, category,
        total_count, completed_count, rating_count, rating_sum)
    values (p_user_id, local_day, coalesce(p_task_library_id, 'name:' || p_task_name), p_task_library_id, p_task_name,
        p_category, 1, done, rated, coalesce(p_rating, 0))
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
    if p_task_library_id is not null then
        insert into user_task_preference as t (user_id, task_library_id, times_completed, times_skipped,
            consecutive_skips, rating_count, rating_sum, affinity_value, affinity_weight, affinity_at, last_done_at,
            last_feedback_at)
        select p_user_id, p_task_library_id, done, 1 - done, 1 - done, rated, coalesce(p_rating, 0),
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
    select p_user_id, p_category, 1, done, rated, coalesce(p_rating, 0), e.new_value, e.new_weight, e.new_as_of
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
