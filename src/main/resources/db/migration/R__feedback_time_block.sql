-- The time blocks a user completes in (user_time_block_stats, V23), which place a plan's tasks that list
-- several times of day (TimeBlocks): one keyed upsert per report, inside record_feedback() and
-- correct_feedback(), so feedback stays one round trip and a plan reads three rows, never the history.
--
-- feedback_time_block(): the block a report counts for. A plan item's own block, where the plan put it: that
-- is the question placement asks (is a task placed in this block done?). A report without a plan item was
-- not placed anywhere, so the block of its event time in the user's zone (before 12:00 morning, before 17:00
-- afternoon, else evening): when the user does things. A task's listed best time would say something about
-- the task, not the user.
create or replace function feedback_time_block(p_item_block text, p_occurred_at timestamptz, p_timezone text)
    returns text
    language sql stable
as $$
    select coalesce(p_item_block,
        case when extract(hour from p_occurred_at at time zone p_timezone) < 12 then 'morning'
             when extract(hour from p_occurred_at at time zone p_timezone) < 17 then 'afternoon'
             else 'evening' end)
$$;

-- add_time_block_report(): one more report in the block, done or not. PL/pgSQL, which keeps its plan for the
-- session and resolves the table when first called.
create or replace function add_time_block_report(p_user_id text, p_block text, p_completed boolean) returns void
    language plpgsql
as $$
begin
    insert into user_time_block_stats as b (user_id, time_block, reported_count, completed_count)
    values (p_user_id, p_block, 1, p_completed::integer)
    on conflict (user_id, time_block) do update set
        reported_count = b.reported_count + 1,
        completed_count = b.completed_count + excluded.completed_count;
end
$$;

-- correct_time_block_report(): a report of the block turned done (p_change 1) or not done (-1). Bounded by the
-- block's reports, so a report counted before V23 kept these rows cannot push them out of range.
create or replace function correct_time_block_report(p_user_id text, p_block text, p_change integer) returns void
    language plpgsql
as $$
begin
    update user_time_block_stats b
    set completed_count = least(b.reported_count, greatest(0, b.completed_count + p_change))
    where b.user_id = p_user_id and b.time_block = p_block;
end
$$;
