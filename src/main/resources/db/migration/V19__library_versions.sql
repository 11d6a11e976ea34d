-- The task library's versions (issue "library"): each a whole document as an operator posted it, one of them
-- active. task_library stays the active library as plans read it, and keeps every task ever activated (retired
-- ones with is_active = false), so the plan items, feedback and stats that name a retired task keep its row.
create table task_library_versions (
    version     text primary key check (version ~ '^v[1-9][0-9]{0,5}$'),
    note        text not null default '' check (length(note) <= 500),
    document    jsonb not null,
    task_count  integer not null check (task_count >= 0),
    created_at  timestamptz not null default now()
);

-- One row: the active version, and the TASK_LIBRARY_VERSION value start-up last applied (a restart with the
-- same value leaves an operator's later activation alone; a changed value activates the version it names).
create table task_library_state (
    singleton       boolean primary key default true check (singleton),
    active_version  text not null references task_library_versions (version),
    activated_at    timestamptz not null default now(),
    applied_flag    text
);

-- A task id keeps its meaning across versions: the category and variation group it first had.
create table task_library_ids (
    id               text primary key,
    category         task_category not null,
    variation_group  text not null
);

-- A retired task keeps its name, so a new task may take it: names are unique among active tasks only.
alter table task_library drop constraint task_library_name_key;
create unique index task_library_active_name on task_library (name) where is_active;

-- The version each plan was made from (null for plans made before this migration).
alter table plans add column library_version text;

-- A database seeded before versions were stored: its library becomes the first stored version, active.
insert into task_library_ids (id, category, variation_group)
select id, category, variation_group from task_library;

insert into task_library_versions (version, note, document, task_count)
select v.version, 'The library as it was before versions were stored',
       jsonb_build_object('version', v.version, 'note', 'The library as it was before versions were stored',
           'tasks', jsonb_agg(jsonb_build_object(
               'id', t.id, 'name', t.name, 'description', t.description, 'category', t.category,
               'duration_minutes', t.duration_minutes, 'archetype_fit', t.archetype_fit, 'mode_fit', t.mode_fit,
               'time_of_day', to_jsonb(t.time_of_day), 'difficulty', t.difficulty,
               'variation_group', t.variation_group, 'is_active', t.is_active) order by t.id)),
       count(*) filter (where t.is_active)
from task_library t
cross join (select library_version as version from task_library
            order by substring(library_version from 2)::int desc limit 1) v
group by v.version;

insert into task_library_state (active_version, applied_flag)
select version, version from task_library_versions;
