create table user_task_feedback (
    id                  uuid primary key default gen_random_uuid(),
    user_id             user_ref not null,
    task_library_id     text references task_library (id),
    plan_item_id        uuid references plan_items (id) on delete set null,
    task_name           text not null check (length(task_name) between 1 and 200),
    category            task_category not null,
    completed           boolean not null,
    satisfaction_rating smallint check (satisfaction_rating between 1 and 5),
    notes               text check (length(notes) <= 1000),
    occurred_at         timestamptz not null,
    -- the day in the user's time zone when it happened, fixed at recording time
    local_date          date not null,
    created_at          timestamptz not null default now()
);

create index user_task_feedback_user_time on user_task_feedback (user_id, occurred_at);
create index user_task_feedback_created on user_task_feedback (created_at);
create index user_task_feedback_plan_item on user_task_feedback (plan_item_id) where plan_item_id is not null;

-- Replies to requests that carried an Idempotency-Key, replayed on retry for 24 hours.
create table feedback_idempotency (
    user_id          user_ref not null,
    idempotency_key  text not null check (length(idempotency_key) between 1 and 255),
    request_hash     text not null,
    feedback_id      uuid not null references user_task_feedback (id) on delete cascade,
    response         jsonb not null,
    created_at       timestamptz not null default now(),
    primary key (user_id, idempotency_key)
);

create index feedback_idempotency_created on feedback_idempotency (created_at);

-- Per-day, per-task counts in the user's local days: weekly summaries and streaks read these,
-- never the raw events. task_key is the library id, or the task's name for another source's task.
create table user_daily_task_stats (
    user_id          user_ref not null,
    local_date       date not null,
    task_key         text not null,
    task_library_id  text references task_library (id),
    task_name        text not null,
    category         task_category not null,
    total_count      integer not null default 0 check (total_count >= 0),
    completed_count  integer not null default 0 check (completed_count between 0 and total_count),
    rating_count     integer not null default 0 check (rating_count >= 0),
    rating_sum       integer not null default 0 check (rating_sum between rating_count and 5 * rating_count),
    primary key (user_id, local_date, task_key)
);

-- Runs of consecutive active days (a day with at least one completed task, in the user's local
-- days). A day becomes active once, so each run is extended or merged at most once per day; streaks
-- are then one indexed lookup each, whatever the length of the history.
create table user_active_runs (
    user_id     user_ref not null,
    start_date  date not null,
    end_date    date not null check (end_date >= start_date),
    primary key (user_id, start_date)
);

create index user_active_runs_longest on user_active_runs (user_id, (end_date - start_date) desc);
