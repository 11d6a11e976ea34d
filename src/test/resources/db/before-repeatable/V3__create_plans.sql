-- The spec's migration 005: plan items linked to the task library.
create table plans (
    id              uuid primary key default gen_random_uuid(),
    user_id         user_ref not null,
    plan_date       date not null,
    archetype       text not null check (archetype in ('peak_performer', 'foundation_builder', 'systematic_improver',
                        'transformation_seeker', 'resilience_rebuilder', 'connected_explorer')),
    mode            text not null check (mode in ('high', 'medium', 'low')),
    source          text not null check (source in ('adaptive', 'library', 'fallback')),
    learning_phase  learning_phase not null,
    -- why the dynamic path failed when the fallback had to serve (the spec's dynamic plan success rate)
    failure         text,
    created_at      timestamptz not null default now(),
    unique (user_id, plan_date)
);

create index plans_created on plans (created_at);

create table plan_items (
    id               uuid primary key default gen_random_uuid(),
    plan_id          uuid not null references plans (id) on delete cascade,
    user_id          user_ref not null,
    position         smallint not null check (position >= 0),
    task_library_id  text references task_library (id),
    task_name        text not null check (length(task_name) between 1 and 200),
    category         task_category not null,
    variation_group  text,
    time_block       text not null check (time_block in ('morning', 'afternoon', 'evening')),
    reason           text not null check (length(reason) between 1 and 500),
    status           text not null default 'pending' check (status in ('pending', 'done', 'skipped')),
    unique (plan_id, position)
);

create index plan_items_user on plan_items (user_id);
create index plan_items_task_library on plan_items (task_library_id);
