-- A user's data rights: everything held about them in one document (here), their erasure from every table
-- (R__delete_user_data.sql), and forgetting what was learned while keeping what they did
-- (R__reset_learning.sql). Each is one statement, and each runs as its caller: row-level security decides
-- whose rows it reaches, never the function itself.
--
-- Everything held about a user, as stored: each row keyed by its table's column names. Rows a newer
-- migration adds to a table come along by themselves; a new per-user table must be added here (see
-- UserDataApiTest, which fails until it is). Empty sections rather than nothing for an unknown user.
create or replace function export_user_data(p_user_id text, p_now timestamptz) returns json
    language plpgsql stable
as $$
declare
    profile json := preference_profile(p_user_id);
begin
    return json_build_object(
        'user_id', p_user_id,
        'exported_at', p_now,
        'timezone', coalesce(profile -> 'header' ->> 'timezone', 'UTC'),
        'profile', profile,
        'phase_history', (select coalesce(json_agg(t order by t.transitioned_at, t.id), '[]')
                          from learning_phase_transitions t where t.user_id = p_user_id),
        'feedback', (select coalesce(json_agg(f order by f.occurred_at, f.id), '[]')
                     from user_task_feedback f where f.user_id = p_user_id),
        'plans', stored_plans(p_user_id, '-infinity', 'infinity'),
        'daily_task_stats', (select coalesce(json_agg(s order by s.local_date, s.task_key), '[]')
                             from user_daily_task_stats s where s.user_id = p_user_id),
        'active_day_runs', (select coalesce(json_agg(r order by r.start_date), '[]')
                            from user_active_runs r where r.user_id = p_user_id),
        'time_block_stats', (select coalesce(json_agg(b order by b.time_block), '[]')
                             from user_time_block_stats b where b.user_id = p_user_id),
        'rotation_state', (select coalesce(json_agg(r order by r.variation_group), '[]')
                           from task_rotation_state r where r.user_id = p_user_id),
        'idempotent_replies', (select coalesce(json_agg(i order by i.created_at, i.idempotency_key), '[]')
                               from feedback_idempotency i where i.user_id = p_user_id),
        -- a decision's candidates as the JSON they are, not the text they are stored as
        'decisions', (select coalesce(json_agg(to_jsonb(d) - 'multi' || jsonb_build_object('candidates', d.multi::jsonb)
                                               order by d.plan_date, d.decided_at, d.plan_item_id), '[]')
                      from plan_decisions d where d.user_id = p_user_id));
end
$$;
