-- The decision log (issue 17): every plan item is a logged decision. One row per plan item, written by
-- the plan's own statement (PlanStore), with the policy that chose it (and the experiment arm, if any),
-- the slot and its context, every eligible candidate with its features and its probability under the
-- serving policy, and the chosen one's probability (its propensity). The outcome is not copied here: it
-- is the item's status and report, joined when the log is read, so feedback writes nothing more.
-- No foreign key to plan_items: a regeneration deletes pending items, and their decisions stay, marked
-- replaced, so that they are left out of evaluation rather than lost.
create table plan_decisions (
    user_id           user_ref not null,
    plan_item_id      uuid not null,
    plan_id           uuid not null,
    plan_date         date not null,
    decided_at        timestamptz not null,
    policy            text not null check (length(policy) between 1 and 60),
    experiment_id     text check (length(experiment_id) between 1 and 64),
    arm               text check (length(arm) between 1 and 64),
    learns            boolean not null default true,
    category          task_category not null,
    time_block        text not null check (time_block in ('morning', 'afternoon', 'evening')),
    pool              text not null check (pool in ('exploit', 'explore', 'novelty', 'fallback')),
    probability_kind  text not null check (probability_kind in ('exact', 'estimated')),
    library_version   text not null,
    context           jsonb not null,
    candidates        jsonb not null,
    chosen            smallint not null check (chosen >= 0),
    propensity        double precision not null check (propensity > 0 and propensity <= 1),
    replaced          boolean not null default false,
    primary key (user_id, plan_item_id)
);

-- the export by date range, across users, read in pages by this key
create index plan_decisions_date on plan_decisions (plan_date, user_id, plan_item_id);

-- the experiment arm a plan was made under (issue 17), absent outside an experiment
alter table plans add column experiment_id text check (length(experiment_id) between 1 and 64),
    add column arm text check (length(arm) between 1 and 64);
