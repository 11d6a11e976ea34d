-- A user's data rights (issue 10): everything held about them in one document, their erasure from every
-- table, and forgetting what was learned while keeping what they did. Each is one statement, and each
-- runs as its caller: row-level security decides whose rows it reaches, never the function itself.

-- Everything held about a user, as stored: each row keyed by its table's column names. Rows a newer
-- migration adds to a table come along by themselves; a new per-user table must be added here (see
-- UserDataApiTest, which fails until it is). Empty sections rather than nothing for an unknown user.
create function export_user_data(p_user_id text, p_now timestamptz) returns json
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
        'rotation_state', (select coalesce(json_agg(r order by r.variation_group), '[]')
                           from task_rotation_state r where r.user_id = p_user_id),
        'idempotent_replies', (select coalesce(json_agg(i order by i.created_at, i.idempotency_key), '[]')
                               from feedback_idempotency i where i.user_id = p_user_id));
end
$$;

-- The tables that hold users' rows: every table of this schema whose user_id is a user_ref, so a table
-- added later is covered without touching this function, and a table sharing the database (a Supabase
-- project's own, keyed by auth's uuid) is not. Ordered so that a table comes after every table that
-- references it: a foreign key without a cascade never blocks the delete, and cascades find nothing left.
create function user_tables() returns table (user_table regclass)
    language sql stable
as $$
    with recursive keyed as (
        select c.oid
        from pg_class c
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'user_id' and not a.attisdropped
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
          and a.atttypid = 'user_ref'::regtype
    ), refs as (
        select distinct k.conrelid as child, k.confrelid as parent
        from pg_constraint k
        where k.contype = 'f' and k.conrelid <> k.confrelid
          and k.conrelid in (select oid from keyed) and k.confrelid in (select oid from keyed)
    ), depth (oid, below) as (
        select oid, 0 from keyed
        union all
        -- a cycle of references stops growing here; its delete then fails loudly instead of looping
        select r.parent, d.below + 1 from depth d join refs r on r.child = d.oid where d.below < 64
    )
    select oid::regclass from depth group by oid order by max(below), oid::regclass::text
$$;

-- Erasure: deletes the user's rows from every table user_tables() names and returns how many. It waits
-- for the user's feedback (the profile row's lock) and plan (plan_context()'s lock) in flight, so neither
-- writes rows back halfway through; one that starts afterwards meets a user as new.
create function delete_user_data(p_user_id text) returns integer
    language plpgsql
as $$
declare
    target regclass;
    removed integer;
    total integer := 0;
begin
    perform lock_user_plans(p_user_id);
    perform 1 from user_preference_profile where user_id = p_user_id for update;
    for target in select user_table from user_tables() loop
        execute format('delete from %s where user_id = $1', target) using p_user_id;
        get diagnostics removed = row_count;
        total := total + removed;
    end loop;
    return total;
end
$$;

-- Forgetting what was learned: the task and category rows go, the totals start again from nothing and the
-- phase goes back to discovery, counted afresh from the next feedback (as for a new user). What the user
-- did stays: feedback, per-day counts and active runs, plans and their rotation marks, the time zone, and
-- the phase history, which gains the reset as an override (celebrations still unread are dropped: they
-- would celebrate a phase the user has left). Null for a user without a profile.
create function reset_learning(p_user_id text, p_now timestamptz, p_reason text) returns json
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
