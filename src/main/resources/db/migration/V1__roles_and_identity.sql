-- Supabase-compatible roles (Supabase already has them). The current user of a request, current_user_id(),
-- is in R__current_user_id.sql.
do $$
begin
    if not exists (select from pg_roles where rolname = 'anon') then
        create role anon nologin noinherit;
    end if;
    if not exists (select from pg_roles where rolname = 'authenticated') then
        create role authenticated nologin noinherit;
    end if;
    if not exists (select from pg_roles where rolname = 'service_role') then
        create role service_role nologin noinherit;
    end if;
end
$$;

grant usage on schema public to anon, authenticated, service_role;

-- Closed sets shared by several tables.
create domain task_category as text
    check (value in ('hydration', 'movement', 'nutrition', 'wellness', 'recovery', 'work'));

create domain learning_phase as text
    check (value in ('discovery', 'establishment', 'mastery'));

-- INTERFACE.md, Identity: opaque ids of 1-128 characters, so 'test-user-123' and UUIDs both work.
create domain user_ref as text
    check (value ~ '^[A-Za-z0-9._:@-]{1,128}$');
