-- Forgetting what was learned: the task and category rows go, the totals start again from nothing and the
-- phase goes back to discovery, counted afresh from the next feedback (as for a new user). What the user
-- did stays: feedback, per-day counts and active runs, the counts per time block (V23), plans and their
-- rotation marks, the time zone, and the phase history, which gains the reset as an override (celebrations
-- still unread are dropped: they would celebrate a phase the user has left). Null for a user without a profile.
create or replace function reset_learning(p_user_id text, p_now timestamptz, p_reason text) returns json
    language plpgsql
as $$
declare
    profile user_preference_profile;
    tasks_forgotten integer;
    categories_forgotten integer;
begin
    select * into profile from user_preference_profile where user_id = p_user_id for update;
    if not found then
        return null;
    end if;
    delete from user_task_preference where user_id = p_user_id;
    get diagnostics tasks_forgotten = row_count;
    delete from user_category_preference where user_id = p_user_id;
    get diagnostics categories_forgotten = row_count;

    update learning_phase_transitions set celebration_read_at = p_now
    where user_id = p_user_id and celebration_title is not null and celebration_read_at is null;
    insert into learning_phase_transitions (user_id, from_phase, to_phase, cause, reason, transitioned_at)
    values (p_user_id, profile.current_learning_phase, 'discovery', 'override', p_reason, p_now);
    update user_preference_profile set
        current_learning_phase = 'discovery', phase_started_at = p_now,
        phase_baseline_at = null, phase_baseline_completed = 0,
        total_feedback = 0, total_completed = 0, total_skipped = 0,
        first_activity_at = null, last_activity_at = null, updated_at = now()
    where user_id = p_user_id;

    return json_build_object(
        'user_id', p_user_id,
        'learning_phase', 'discovery',
        'previous_phase', profile.current_learning_phase,
        'phase_started_at', p_now,
        'task_stats_forgotten', tasks_forgotten,
        'category_stats_forgotten', categories_forgotten,
        'feedback_kept', (select count(*) from user_task_feedback where user_id = p_user_id));
end
$$;
