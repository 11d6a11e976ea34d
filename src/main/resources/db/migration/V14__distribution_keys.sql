-- Distribution keys (issue 13): every key of a per-user table leads with user_id, so the schema can be
-- distributed by user_id on Citus with each user's rows in one shard (docs/scaling.md).
--
--  * plans, plan_items, user_task_feedback and learning_phase_transitions: the primary key becomes
--    (user_id, id). Ids are still generated (gen_random_uuid), so they stay unique in practice; what is
--    lost is only the database's promise that an id is unique across users, which no statement relies on:
--    every lookup by id also names the user (below).
--  * plan_items' (plan_id, position) and user_task_feedback's one-report-per-item index gain user_id.
--  * Foreign keys between per-user tables pair user_id with user_id: an item's plan, a report's item and
--    a stored reply's feedback are the same user's. Those to task_library (a reference table) stay.
--  * A report's link to its plan item no longer nulls itself when the item is deleted (ON DELETE SET NULL
--    would null user_id too, PostgreSQL 14 has no column list, and Citus refuses SET NULL on a key holding
--    the distribution column: citusdata/citus#7132). Nothing deletes a reported item: a regenerated plan
--    drops pending items only, which record_feedback() never leaves linked, and erasure
--    (delete_user_data()) deletes the feedback before the items. Deleting a reported item by hand is now refused.
--  * The functions (R__*.sql) join plans to items and look rows up by id with user_id too
--    (DistributionRulesTest checks joins; the unique keys serve the lookups, which lead with user_id).
-- Row-level security is untouched: the policies (R__row_level_security.sql) name user_id only, no key.
-- It rebuilds four primary keys and checks three foreign keys over existing rows: on a large database,
-- a maintenance window's work. Rows that break the new keys stop it, except the one kind repaired here.

-- A report linked to another user's plan item (possible only for writers outside record_feedback(), which
-- the old key let through) keeps its event and loses the link, as V11 did with a second report of an item.
update user_task_feedback f set plan_item_id = null
where f.plan_item_id is not null
  and not exists (select from plan_items i where i.user_id = f.user_id and i.id = f.plan_item_id);

alter table feedback_idempotency drop constraint feedback_idempotency_feedback_id_fkey;
alter table user_task_feedback drop constraint user_task_feedback_plan_item_id_fkey;
alter table plan_items drop constraint plan_items_plan_id_fkey;

alter table plans drop constraint plans_pkey, add primary key (user_id, id);
alter table plan_items drop constraint plan_items_pkey, add primary key (user_id, id);
alter table user_task_feedback drop constraint user_task_feedback_pkey, add primary key (user_id, id);
alter table learning_phase_transitions drop constraint learning_phase_transitions_pkey,
    add primary key (user_id, id);

alter table plan_items drop constraint plan_items_plan_id_position_key,
    add constraint plan_items_plan_id_position_key unique (user_id, plan_id, position);
-- the name stays: FeedbackStatement recognises a second report of an item by it
drop index user_task_feedback_plan_item;
create unique index user_task_feedback_plan_item on user_task_feedback (user_id, plan_item_id)
    where plan_item_id is not null;
-- the primary key (user_id, id) serves what this served
drop index plan_items_user;

alter table plan_items add constraint plan_items_plan_id_fkey
    foreign key (user_id, plan_id) references plans (user_id, id) on delete cascade;
alter table user_task_feedback add constraint user_task_feedback_plan_item_id_fkey
    foreign key (user_id, plan_item_id) references plan_items (user_id, id);
alter table feedback_idempotency add constraint feedback_idempotency_feedback_id_fkey
    foreign key (user_id, feedback_id) references user_task_feedback (user_id, id) on delete cascade;
