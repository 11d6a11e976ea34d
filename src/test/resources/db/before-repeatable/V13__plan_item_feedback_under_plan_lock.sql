-- Feedback naming a plan item takes the user's plan lock (lock_user_plans, V9) before anything else, so it
-- never interleaves with regenerating that plan. Without it, a regeneration could delete the pending item
-- while the feedback was marking it: the feedback then failed on its link to the deleted item, or the
-- item, marked after the regeneration read the plan, kept a position the new items were given too.
-- The plan lock is taken before record_feedback()'s profile row lock, the order plan generation and
-- erasure (delete_user_data, V10) also follow, so the two locks cannot deadlock.
--
-- V11's function is kept, renamed, and this one of the same signature calls it after the lock. Each
-- statement of a PL/pgSQL function takes a new snapshot (read committed), so the renamed function sees
-- everything the previous holder of the lock committed.

alter function record_feedback(text, text, text, text, text, text, text, uuid, text, text, boolean, integer, text,
    timestamptz, timestamptz, jsonb) rename to record_feedback_unlocked;

create function record_feedback(
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
