-- Supabase-compatible roles (Supabase already has them) and the current user of a request.
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

-- The user id of the current request: PostgREST/Supabase put the JWT claims in request.jwt.claims;
-- older tools (and the spec's psql check) set request.jwt.claim.sub.
create or replace function current_user_id() returns text
    language sql stable
as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
    )
$$;

grant execute on function current_user_id() to anon, authenticated, service_role;

-- Closed sets shared by several tables.
create domain task_category as text
    check (value in ('hydration', 'movement', 'nutrition', 'wellness', 'recovery', 'work'));

create domain learning_phase as text
    check (value in ('discovery', 'establishment', 'mastery'));

-- INTERFACE.md, Identity: opaque ids of 1-128 characters, so 'test-user-123' and UUIDs both work.
create domain user_ref as text
    check (value ~ '^[A-Za-z0-9._:@-]{1,128}$');
