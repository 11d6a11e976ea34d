-- Experiments with a holdout (issue 17, point 4). An experiment splits users between arms, each served by
-- one policy; users are assigned by a hash of (experiment, user) in Java, so nothing per user is stored
-- here: the arm is on each plan (plans.experiment_id, plans.arm, V16) and each logged decision. Not a
-- per-user table: the service role defines and stops experiments, and plan_context() reads the running
-- one as the calling user (R__row_level_security.sql lets users read only that one).
create table experiments (
    id          text primary key check (id ~ '^[A-Za-z0-9._-]{1,64}$'),
    status      text not null check (status in ('running', 'stopped')),
    -- [{"name", "policy", "share", "learns"}, ...] as the API took them, in their order
    arms        jsonb not null check (jsonb_typeof(arms) = 'array' and jsonb_array_length(arms) >= 2),
    created_at  timestamptz not null,
    stopped_at  timestamptz,
    check ((status = 'stopped') = (stopped_at is not null))
);

-- one experiment runs at a time; plan_context() finds it through this index
create unique index experiments_one_running on experiments ((true)) where status = 'running';
create index experiments_recent on experiments (created_at desc);

-- an experiment's results read its arms' decisions, user by user
create index plan_decisions_experiment on plan_decisions (experiment_id, arm, user_id)
    where experiment_id is not null;

-- plans served by an experiment arm's policy name it; the flags' dynamic plans stay adaptive or library
alter table plans drop constraint plans_source_check,
    add constraint plans_source_check check (source in ('adaptive', 'library', 'static', 'thompson', 'fallback'));
