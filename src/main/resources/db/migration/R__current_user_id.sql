-- The user id of the current request: PostgREST/Supabase put the JWT claims in request.jwt.claims;
-- older tools (and the spec's psql check) set request.jwt.claim.sub. The row-level security policies
-- (R__row_level_security.sql) compare each row's user_id with it.
create or replace function current_user_id() returns text
    language sql stable
as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
    )
$$;

grant execute on function current_user_id() to anon, authenticated, service_role;
