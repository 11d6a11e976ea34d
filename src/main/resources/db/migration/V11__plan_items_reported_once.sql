-- Issue 11: a plan item is reported once, and by what it is.
--
-- record_feedback() (R__record_feedback.sql) refuses a second report of an item and takes the task from
-- the item. A unique partial index holds "reported once" whatever the function does. Earlier
-- duplicates (possible before this migration) keep their first feedback linked; later ones keep their
-- event, unlinked.

with ranked as (
    select id, row_number() over (partition by plan_item_id order by created_at, id) as n
    from user_task_feedback where plan_item_id is not null
)
update user_task_feedback f set plan_item_id = null from ranked where ranked.id = f.id and ranked.n > 1;

drop index user_task_feedback_plan_item;
create unique index user_task_feedback_plan_item on user_task_feedback (plan_item_id) where plan_item_id is not null;
