-- The tables that hold users' rows: every table of this schema whose user_id is a user_ref, so a table
-- added later is covered without touching this function, and a table sharing the database (a Supabase
-- project's own, keyed by auth's uuid) is not. Ordered so that a table comes after every table that
-- references it: a foreign key without a cascade never blocks the delete, and cascades find nothing left.
create or replace function user_tables() returns table (user_table regclass)
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
create or replace function delete_user_data(p_user_id text) returns integer
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
