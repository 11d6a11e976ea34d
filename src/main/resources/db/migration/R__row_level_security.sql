-- Row-level security, the one definition: every per-user table lets a user reach only rows whose user_id
-- is theirs (current_user_id(), R__current_user_id.sql), and the service role all rows. FORCE makes the
-- owner obey the policies too; the request pool's role owns nothing anyway. A new per-user table is added
-- to the list below, which re-runs this file; RowLevelSecurityTest fails until it is.
-- Policies are dropped and created again rather than altered, so a changed policy takes effect whole.
do $$
declare
    t text;
begin
    foreach t in array array[
        'plans', 'plan_items', 'user_task_feedback', 'feedback_idempotency', 'user_daily_task_stats',
        'user_active_runs', 'user_preference_profile', 'user_category_preference', 'user_task_preference',
        'learning_phase_transitions', 'task_rotation_state', 'plan_decisions', 'user_time_block_stats']
    loop
        -- a migration target before a table's version (tests migrate to V17) has not created it yet
        continue when to_regclass(t) is null;
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('drop policy if exists %I on %I', t || '_own_rows', t);
        execute format(
            'create policy %I on %I for all to authenticated'
            ' using (user_id = (select current_user_id())) with check (user_id = (select current_user_id()))',
            t || '_own_rows', t);
        execute format('drop policy if exists %I on %I', t || '_service_role', t);
        execute format(
            'create policy %I on %I for all to service_role using (true) with check (true)',
            t || '_service_role', t);
        execute format('grant select, insert, update, delete on %I to authenticated, service_role', t);
    end loop;
end
$$;

-- The library is shared: every signed-in role reads it, only the service role writes it.
alter table task_library enable row level security;
alter table task_library force row level security;
drop policy if exists task_library_read on task_library;
create policy task_library_read on task_library for select to authenticated, service_role using (true);
drop policy if exists task_library_write on task_library;
create policy task_library_write on task_library for all to service_role using (true) with check (true);
grant select on task_library to authenticated;
grant select, insert, update, delete on task_library to service_role;

-- Experiments are shared too: the service role defines and stops them; a user's plan (plan_context(), run
-- as the user) reads the running one to find its arm, and sees no other.
alter table experiments enable row level security;
alter table experiments force row level security;
drop policy if exists experiments_read_running on experiments;
create policy experiments_read_running on experiments for select to authenticated using (status = 'running');
drop policy if exists experiments_write on experiments;
create policy experiments_write on experiments for all to service_role using (true) with check (true);
grant select on experiments to authenticated;
grant select, insert, update, delete on experiments to service_role;

-- The pooled priors' refresh requests (V24): the service role's alone, no user reads or writes them. Skipped
-- while a migration target before V24 lacks the table.
do $$
begin
    if to_regclass('priors_refresh_requests') is null then
        return;
    end if;
    alter table priors_refresh_requests enable row level security;
    alter table priors_refresh_requests force row level security;
    drop policy if exists priors_refresh_requests_service on priors_refresh_requests;
    create policy priors_refresh_requests_service on priors_refresh_requests for all to service_role
        using (true) with check (true);
    grant select, insert, update on priors_refresh_requests to service_role;
end
$$;

-- The library's versions (V19) are the service role's; every signed-in role reads which one is active, since
-- the library a user's request reloads (TaskLibrary) names it. Skipped while a migration target before V19
-- lacks the tables.
do $$
begin
    if to_regclass('task_library_versions') is null then
        return;
    end if;
    alter table task_library_versions enable row level security;
    alter table task_library_versions force row level security;
    drop policy if exists task_library_versions_write on task_library_versions;
    create policy task_library_versions_write on task_library_versions for all to service_role using (true) with check (true);
    grant select, insert on task_library_versions to service_role;
    alter table task_library_ids enable row level security;
    alter table task_library_ids force row level security;
    drop policy if exists task_library_ids_write on task_library_ids;
    create policy task_library_ids_write on task_library_ids for all to service_role using (true) with check (true);
    grant select, insert on task_library_ids to service_role;
    alter table task_library_state enable row level security;
    alter table task_library_state force row level security;
    drop policy if exists task_library_state_read on task_library_state;
    create policy task_library_state_read on task_library_state for select to authenticated, service_role using (true);
    drop policy if exists task_library_state_write on task_library_state;
    create policy task_library_state_write on task_library_state for all to service_role using (true) with check (true);
    grant select on task_library_state to authenticated;
    grant select, insert, update on task_library_state to service_role;
end
$$;
