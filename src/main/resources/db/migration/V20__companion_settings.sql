-- The web app as a daily companion (issue "companion"): the profile keeps the user's chosen style
-- (archetype and energy mode, so it follows them across devices) and whether its time zone was chosen
-- or is still the default; a plan item keeps the feedback that reported it and its rating, so a card
-- shows what was recorded after a reload and a same-day correction has the feedback at hand.
alter table user_preference_profile
    add column timezone_chosen boolean not null default false,
    add column archetype text check (archetype in ('peak_performer', 'foundation_builder', 'systematic_improver',
        'transformation_seeker', 'resilience_rebuilder', 'connected_explorer')),
    add column mode text check (mode in ('high', 'medium', 'low'));

-- before this version a zone was set only by asking for it
update user_preference_profile set timezone_chosen = true where timezone <> 'UTC';

alter table plan_items
    add column feedback_id uuid,
    add column satisfaction_rating smallint check (satisfaction_rating between 1 and 5);

update plan_items i set feedback_id = f.id, satisfaction_rating = f.satisfaction_rating
from user_task_feedback f
where f.plan_item_id = i.id and f.user_id = i.user_id;

-- What a same-day correction of a task's latest completion needs to undo it without reading history: the
-- completion before it and the run of skips it ended (record_feedback() keeps both; correct_feedback()
-- reads them).
alter table user_task_preference
    add column prev_done_at timestamptz,
    add column skips_before_done integer not null default 0 check (skips_before_done >= 0);
