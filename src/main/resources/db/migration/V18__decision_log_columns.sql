-- The decision log in columns (issue 17, speed). V16 kept each decision's context and candidates as jsonb,
-- which made every plan parse, rebuild and compress about 3 KB of JSON per item, and every export line join
-- three tables and turn the jsonb back into text. Now:
-- * the context is columns (the day of the week follows from plan_date);
-- * the candidates are `multi`, the DSJSON `_multi` array rendered once by the plan (text: stored and read
--   back as it is, never parsed by PostgreSQL), and `probabilities`, each candidate's in the same order;
-- * the outcome is copied by record_feedback() when the item is reported (`outcome`, `rating`), and
--   `day_ends_at` is when the plan's day ended in the user's zone at planning time, after which an
--   unreported item is not reported.
-- So an export line is one index entry of this table and nothing else.
alter table plan_decisions
    add column phase                     text check (phase in ('discovery', 'establishment', 'mastery')),
    add column archetype                 text,
    add column mode                      text,
    add column days_since_first_feedback integer,
    add column unrotated_best            text,
    add column multi                     text,
    add column probabilities             double precision[],
    add column outcome                   text check (outcome in ('done', 'skipped')),
    add column rating                    smallint check (rating between 1 and 5),
    add column day_ends_at               timestamptz;

-- Decisions logged before: the same values, the candidates rendered with the export's field names (a fallback
-- source's task by its library id or "fallback:" and its name, with no features), the outcome and rating
-- from the item and its report, the day's end in the user's zone of now.
update plan_decisions d set
    phase = d.context ->> 'phase',
    archetype = d.context ->> 'archetype',
    mode = d.context ->> 'mode',
    days_since_first_feedback = (d.context ->> 'days_since_first_feedback')::integer,
    unrotated_best = d.context ->> 'unrotated_best',
    multi = (select jsonb_agg(jsonb_build_object(
                 'id', coalesce(c ->> 'id', 'fallback:' || (c ->> 'name')),
                 'category', c -> 'category',
                 'variation_group', coalesce(c -> 'variation_group', '""'),
                 'archetype_fit', coalesce(c -> 'archetype_fit', '0.0'),
                 'mode_fit', coalesce(c -> 'mode_fit', '0.0'),
                 'fit', coalesce(c -> 'fit', '0.0'),
                 'duration_minutes', coalesce(c -> 'duration_minutes', '0'),
                 'tried', coalesce(c -> 'tried', 'false'),
                 'favorite', coalesce(c -> 'favorite', 'false'),
                 'proven', coalesce(c -> 'proven', 'false'),
                 'on_probation', coalesce(c -> 'on_probation', 'false'),
                 'affinity', coalesce(c -> 'affinity', '0.0'),
                 'evidence_value', coalesce(c -> 'evidence_value', '0.0'),
                 'evidence_weight', coalesce(c -> 'evidence_weight', '0.0')) order by n)::text
             from jsonb_array_elements(d.candidates) with ordinality as e(c, n)),
    probabilities = (select array_agg((c ->> 'p')::double precision order by n)
                     from jsonb_array_elements(d.candidates) with ordinality as e(c, n)),
    outcome = (select i.status from plan_items i
               where i.user_id = d.user_id and i.id = d.plan_item_id and i.status <> 'pending'),
    rating = (select f.satisfaction_rating from user_task_feedback f
              where f.user_id = d.user_id and f.plan_item_id = d.plan_item_id),
    day_ends_at = (d.plan_date + 1)::timestamp at time zone
        coalesce((select u.timezone from user_preference_profile u where u.user_id = d.user_id), 'UTC');

alter table plan_decisions
    drop column context,
    drop column candidates,
    alter column phase set not null,
    alter column archetype set not null,
    alter column mode set not null,
    alter column multi set not null,
    alter column probabilities set not null,
    alter column day_ends_at set not null,
    add check (cardinality(probabilities) > 0 and chosen < cardinality(probabilities)),
    -- room on each page for the one update a reported item makes, so it stays on its page (HOT)
    set (fillfactor = 85);
