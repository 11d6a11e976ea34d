-- A same-day correction of one report (PATCH /api/v1/feedback/{feedback_id}) in one database call, as
-- record_feedback() records one: the caller's identity, the user's plan lock (when the report is a plan
-- item's) and profile row lock in the same order, then every aggregate the report went into is moved by the
-- difference between what was recorded and what is now said, never recomputed from history: the report,
-- its day's counts and the run of active days, its time block's completions, the task's and the category's rows (their evidence by
-- evidence_replace()), the totals, any phase the new totals reach, the plan item and its logged decision.
-- The same correction again finds nothing to change and changes nothing (changed = false).
--
-- The new rating: the one given; else the recorded one when done/skipped stays as it was; else none (a
-- report turned from done to skipped, or back, without a rating carries none).
-- The task's run of skips and last completion follow TaskStats' rules as if the report had been recorded
-- that way: a skip that becomes the task's latest completion restarts the run after it (the skips since,
-- counted on the (user_id, occurred_at) index from that time of the same day on), keeping the completion
-- before and the run it ends in prev_done_at and skips_before_done (V20), which a completion turned into a
-- skip restores.
-- Refusals (nothing written): TLC04 no such report of this user, TLC22 a report of another day than today in
-- the user's time zone (the message names both days).
create or replace function correct_feedback(
    p_role text, p_claims text, p_user_id text, p_feedback_id uuid, p_completed boolean, p_rating integer,
    p_now timestamptz, p_phase_rules jsonb,
    out feedback json, out learning_phase text, out transitions jsonb, out changed boolean)
    language plpgsql
as $$
declare
    f user_task_feedback;
    profile user_preference_profile;
    today date;
    now_completed boolean;
    now_rating integer;
    d_done integer;
    d_rated integer;
    d_sum integer;
    task user_task_preference;
    becomes_latest_done boolean := false;
    undoes_latest_done boolean := false;
    after_skips integer := 0;
begin
    perform set_config('role', p_role, true), set_config('request.jwt.claims', p_claims, true);
    select * into f from user_task_feedback where user_id = p_user_id and id = p_feedback_id;
    if not found then
        raise exception using errcode = 'TLC04', message = 'no such feedback for this user';
    end if;
    if f.plan_item_id is not null then
        perform lock_user_plans(p_user_id);
    end if;
    select * into profile from user_preference_profile where user_id = p_user_id for update;
    -- read again under the locks: a concurrent correction may have committed meanwhile
    select * into f from user_task_feedback where user_id = p_user_id and id = p_feedback_id;
    today := (p_now at time zone profile.timezone)::date;
    if f.local_date <> today then
        raise exception using errcode = 'TLC22',
            message = format('was reported for %s; only a report of today (%s in %s) can be changed',
                f.local_date, today, profile.timezone);
    end if;

    now_completed := coalesce(p_completed, f.completed);
    now_rating := case when p_rating is not null then p_rating
                       when now_completed = f.completed then f.satisfaction_rating end;
    learning_phase := profile.current_learning_phase;
    transitions := '[]';
    changed := now_completed <> f.completed or now_rating is distinct from f.satisfaction_rating;
    if not changed then
        feedback := to_json(f);
        return;
    end if;
    d_done := now_completed::integer - f.completed::integer;
    d_rated := (now_rating is not null)::integer - (f.satisfaction_rating is not null)::integer;
    d_sum := coalesce(now_rating, 0) - coalesce(f.satisfaction_rating, 0);

    update user_task_feedback u set completed = now_completed, satisfaction_rating = now_rating
    where u.user_id = p_user_id and u.id = f.id
    returning to_json(u) into feedback;

    update user_daily_task_stats set completed_count = completed_count + d_done,
        rating_count = rating_count + d_rated, rating_sum = rating_sum + d_sum
    where user_id = p_user_id and local_date = f.local_date
      and task_key = coalesce(f.task_library_id, 'name:' || f.task_name);
    if d_done <> 0 then
        perform correct_time_block_report(p_user_id, feedback_time_block(
            (select i.time_block from plan_items i where i.user_id = p_user_id and i.id = f.plan_item_id),
            f.occurred_at, profile.timezone), d_done);
    end if;
    if d_done > 0 then
        perform mark_active_day(p_user_id, f.local_date);
    elsif d_done < 0 and not exists (select from user_daily_task_stats s
                                     where s.user_id = p_user_id and s.local_date = f.local_date
                                       and s.completed_count > 0) then
        perform unmark_active_day(p_user_id, f.local_date);
    end if;

    if f.task_library_id is not null then
        select * into task from user_task_preference t
        where t.user_id = p_user_id and t.task_library_id = f.task_library_id;
        becomes_latest_done := d_done > 0 and f.occurred_at >= coalesce(task.last_done_at, '-infinity');
        undoes_latest_done := d_done < 0 and f.occurred_at = task.last_done_at;
        if becomes_latest_done then
            select count(*) into after_skips from user_task_feedback s
            where s.user_id = p_user_id and s.occurred_at > f.occurred_at
              and s.task_library_id = f.task_library_id and not s.completed;
        end if;
        update user_task_preference t set
            times_completed = t.times_completed + d_done,
            times_skipped = t.times_skipped - d_done,
            rating_count = t.rating_count + d_rated,
            rating_sum = t.rating_sum + d_sum,
            (affinity_value, affinity_weight, affinity_at) = (
                select new_value, new_weight, new_as_of from evidence_replace(t.affinity_value, t.affinity_weight,
                    t.affinity_at, f.occurred_at, f.completed, f.satisfaction_rating, now_completed, now_rating)),
            consecutive_skips = case when becomes_latest_done then after_skips
                                     when undoes_latest_done then t.consecutive_skips + 1 + t.skips_before_done
                                     else t.consecutive_skips end,
            last_done_at = case when becomes_latest_done then f.occurred_at
                                when undoes_latest_done then t.prev_done_at else t.last_done_at end,
            prev_done_at = case when becomes_latest_done then t.last_done_at
                                when undoes_latest_done then null else t.prev_done_at end,
            skips_before_done = case when becomes_latest_done then greatest(0, t.consecutive_skips - 1 - after_skips)
                                     when undoes_latest_done then 0 else t.skips_before_done end
        where t.user_id = p_user_id and t.task_library_id = f.task_library_id;
    end if;

    update user_category_preference c set
        completed_count = c.completed_count + d_done,
        rating_count = c.rating_count + d_rated,
        rating_sum = c.rating_sum + d_sum,
        (affinity_value, affinity_weight, affinity_at) = (
            select new_value, new_weight, new_as_of from evidence_replace(c.affinity_value, c.affinity_weight,
                c.affinity_at, f.occurred_at, f.completed, f.satisfaction_rating, now_completed, now_rating))
    where c.user_id = p_user_id and c.category = f.category;

    update user_preference_profile set
        total_completed = total_completed + d_done,
        total_skipped = total_skipped - d_done,
        updated_at = now()
    where user_id = p_user_id
    returning * into profile;
    select a.transitions, a.phase into transitions, learning_phase from advance_phase(profile, p_phase_rules) a;

    if f.plan_item_id is not null then
        update plan_items set status = case when now_completed then 'done' else 'skipped' end,
            satisfaction_rating = now_rating
        where user_id = p_user_id and id = f.plan_item_id;
        update plan_decisions set outcome = case when now_completed then 'done' else 'skipped' end, rating = now_rating
        where user_id = p_user_id and plan_item_id = f.plan_item_id;
    end if;
end
$$;
