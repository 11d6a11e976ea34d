create or replace function is_fit_map(fits jsonb, keys text[]) returns boolean
    language sql immutable
as $$
    select jsonb_typeof(fits) = 'object'
       and (select array_agg(k order by k) from jsonb_object_keys(fits) k) = (select array_agg(k order by k) from unnest(keys) k)
       and not exists (
           select from jsonb_each(fits) e
           where jsonb_typeof(e.value) <> 'number' or (e.value)::numeric not between 0 and 1)
$$;

create table task_library (
    id               text primary key check (id ~ '^[a-z0-9-]{1,60}$'),
    name             text not null unique check (length(name) between 1 and 60),
    description      text not null check (length(description) between 1 and 200),
    category         task_category not null,
    duration_minutes integer not null check (duration_minutes between 1 and 240),
    archetype_fit    jsonb not null check (is_fit_map(archetype_fit, array[
                         'peak_performer', 'foundation_builder', 'systematic_improver',
                         'transformation_seeker', 'resilience_rebuilder', 'connected_explorer'])),
    mode_fit         jsonb not null check (is_fit_map(mode_fit, array['high', 'medium', 'low'])),
    time_of_day      text[] not null check (cardinality(time_of_day) between 1 and 3
                         and time_of_day <@ array['morning', 'afternoon', 'evening']),
    difficulty       smallint not null check (difficulty between 1 and 5),
    variation_group  text not null check (variation_group ~ '^[a-z0-9_]{1,60}$'),
    is_active        boolean not null default true,
    library_version  text not null check (library_version ~ '^v[0-9]+$'),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create index task_library_active_category on task_library (category, id) where is_active;
