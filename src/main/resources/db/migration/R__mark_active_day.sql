-- user_active_runs: adds an active day, joining the run that ends the day before and the one that
-- starts the day after (DailyActivity's runs; order-independent, so late-synced days land right).
create or replace function mark_active_day(p_user_id text, p_day date) returns void
    language plpgsql
as $$
declare
    before_run user_active_runs;
    after_end date;
begin
    select * into before_run from user_active_runs
    where user_id = p_user_id and start_date <= p_day order by start_date desc limit 1;
    if found and before_run.end_date >= p_day then
        return;
    end if;
    delete from user_active_runs where user_id = p_user_id and start_date = p_day + 1
    returning end_date into after_end;
    if before_run.end_date = p_day - 1 then
        update user_active_runs set end_date = coalesce(after_end, p_day)
        where user_id = p_user_id and start_date = before_run.start_date;
    else
        insert into user_active_runs (user_id, start_date, end_date) values (p_user_id, p_day, coalesce(after_end, p_day));
    end if;
end
$$;

-- The reverse, when a correction leaves a day with no task done: the run holding the day is cut there
-- (shortened at an end, split in the middle, dropped when it was that day alone).
create or replace function unmark_active_day(p_user_id text, p_day date) returns void
    language plpgsql
as $$
declare
    run user_active_runs;
begin
    select * into run from user_active_runs
    where user_id = p_user_id and start_date <= p_day order by start_date desc limit 1;
    if not found or run.end_date < p_day then
        return;
    end if;
    if run.start_date = p_day then
        delete from user_active_runs where user_id = p_user_id and start_date = p_day;
    else
        update user_active_runs set end_date = p_day - 1 where user_id = p_user_id and start_date = run.start_date;
    end if;
    if run.end_date > p_day then
        insert into user_active_runs (user_id, start_date, end_date) values (p_user_id, p_day + 1, run.end_date);
    end if;
end
$$;
