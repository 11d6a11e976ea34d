create table task_rotation_state (
    user_id          user_ref not null,
    variation_group  text not null,
    category         task_category not null,
    last_used_at     timestamptz not null,
    last_task_id     text references task_library (id),
    use_count        integer not null default 1 check (use_count >= 1),
    primary key (user_id, variation_group)
);

create index task_rotation_state_user_recent on task_rotation_state (user_id, last_used_at);
create index task_rotation_state_recent on task_rotation_state (last_used_at);
