-- A welcome back (issue 18, point 7). Each logged decision keeps the days the user had missed before the plan's
-- day, an input of the adaptive policy since version 3, so `evaluate` replays it as it served (null: a user
-- who never reported, and decisions logged before). A plan made as a welcome back keeps those days, so reading
-- it later says so too (null: no welcome back).
alter table plan_decisions add column days_missed integer check (days_missed >= 0);
alter table plans add column welcome_back_days integer check (welcome_back_days >= 1);
