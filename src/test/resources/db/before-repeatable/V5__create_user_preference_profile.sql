create table user_preference_profile (
    user_id                 user_ref primary key,
    timezone                text not null default 'UTC',
    current_learning_phase  learning_phase not null default 'discovery',
    phase_started_at        timestamptz not null default now(),
    -- where the phase criteria count from: the first feedback, or the last manual override
    phase_baseline_at        timestamptz,
    phase_baseline_completed integer not null default 0 check (phase_baseline_completed >= 0),
    total_feedback          integer not null default 0 check (total_feedback >= 0),
    total_completed         integer not null default 0 check (total_completed >= 0),
    total_skipped           integer not null default 0 check (total_skipped >= 0),
    first_activity_at       timestamptz,
    last_activity_at        timestamptz,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    check (total_completed + total_skipped = total_feedback)
);

create index user_preference_profile_phase on user_preference_profile (current_learning_phase);

-- Learned evidence: a decayed weighted mean of outcomes (affinity_value, 0-1) and its decayed
-- weight (affinity_weight), both as of affinity_at (see profile/Evidence.java for the rules).
create table user_category_preference (
    user_id          user_ref not null references user_preference_profile (user_id) on delete cascade,
    category         task_category not null,
    feedback_count   integer not null default 0 check (feedback_count >= 0),
    completed_count  integer not null default 0 check (completed_count between 0 and feedback_count),
    rating_count     integer not null default 0 check (rating_count >= 0),
    rating_sum       integer not null default 0 check (rating_sum between rating_count and 5 * rating_count),
    affinity_value   double precision not null check (affinity_value between 0 and 1),
    affinity_weight  double precision not null check (affinity_weight >= 0),
    affinity_at      timestamptz not null,
    primary key (user_id, category)
);

-- One row per library task a user has reported on.
create table user_task_preference (
    user_id            user_ref not null references user_preference_profile (user_id) on delete cascade,
    task_library_id    text not null references task_library (id),
    times_completed    integer not null default 0 check (times_completed >= 0),
    times_skipped      integer not null default 0 check (times_skipped >= 0),
    consecutive_skips  integer not null default 0 check (consecutive_skips between 0 and times_skipped),
    rating_count       integer not null default 0 check (rating_count >= 0),
    rating_sum         integer not null default 0 check (rating_sum between rating_count and 5 * rating_count),
    affinity_value     double precision not null check (affinity_value between 0 and 1),
    affinity_weight    double precision not null check (affinity_weight >= 0),
    affinity_at        timestamptz not null,
    last_done_at       timestamptz,
    last_feedback_at   timestamptz not null,
    primary key (user_id, task_library_id)
);

create table learning_phase_transitions (
    id                   uuid primary key default gen_random_uuid(),
    user_id              user_ref not null references user_preference_profile (user_id) on delete cascade,
    from_phase           learning_phase not null,
    to_phase             learning_phase not null,
    cause                text not null check (cause in ('days', 'tasks', 'override')),
    reason               text,
    transitioned_at      timestamptz not null,
    celebration_title    text,
    celebration_message  text,
    celebration_read_at  timestamptz
);

create index learning_phase_transitions_user on learning_phase_transitions (user_id, transitioned_at);
create index learning_phase_transitions_unread on learning_phase_transitions (user_id)
    where celebration_title is not null and celebration_read_at is null;
