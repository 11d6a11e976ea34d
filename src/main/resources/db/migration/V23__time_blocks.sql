-- Difficulty and time of day (issue 18, point 6).
--
-- user_time_block_stats: a user's reports and completions per time block of the day, kept by
-- record_feedback() and correct_feedback() in the same statement as the report (R__feedback_time_block.sql
-- says which block a report counts for), so a plan reads three keyed rows, never the history, to place a task
-- that lists several times of day where the user completes (PlanGenerator, TimeBlocks). Under row-level
-- security like every per-user table (R__row_level_security.sql), in the export, and erased with the user
-- (user_tables() finds it by its user_ref column).
create table user_time_block_stats (
    user_id          user_ref not null,
    time_block       text not null check (time_block in ('morning', 'afternoon', 'evening')),
    reported_count   integer not null default 0 check (reported_count >= 0),
    completed_count  integer not null default 0 check (completed_count between 0 and reported_count),
    primary key (user_id, time_block)
);

-- The user's share of reports done when a plan was made, which adaptive/3 steps difficulty up by: logged
-- with each decision so that evaluate replays the policy's probabilities exactly (null before any report,
-- and in decisions logged before).
alter table plan_decisions add column completion_rate double precision
    check (completion_rate between 0 and 1);
