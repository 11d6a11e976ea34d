-- Plan truth (issue 11, points 1 and 6): what became of each planned task, counted over what was planned.
--
-- A planned item still pending when its day has ended in the user's time zone is *not reported*. Reads
-- (weekly summaries, success metrics) derive that from the item's status and the plan's day, over a
-- bounded window, so they are right at once. Learning gets it from settle_not_reported()
-- (R__settle_not_reported.sql), which finds the plans to settle through the partial index below and marks
-- each settled (settled_at) so it is never counted twice; the columns below count what it learned.

alter table plans add column settled_at timestamptz;

create index plans_unsettled on plans (plan_date) where settled_at is null;
-- the success metrics' windows across users: plans by their day, feedback by event time
create index plans_date on plans (plan_date);
create index user_task_feedback_occurred on user_task_feedback (occurred_at);
-- a week's plans of one user, read by the weekly summary, lead with (user_id, plan_date): the unique key

alter table user_task_preference add column times_not_reported integer not null default 0
    check (times_not_reported >= 0);
-- a task planned and never reported has stats but no feedback time yet (TaskStats.lastFeedbackAt is nullable)
alter table user_task_preference alter column last_feedback_at drop not null;
alter table user_category_preference add column not_reported_count integer not null default 0
    check (not_reported_count >= 0);
