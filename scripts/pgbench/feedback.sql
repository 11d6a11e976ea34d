-- Exactly the statement one POST /api/v1/feedback/task sends (feedback/FeedbackStatement.java), run by
-- pgbench as the request pool's login role (tailor_app) with the claims a user's token gives: RLS as
-- the caller, the per-user lock, the event, day row, active runs, task and category rows, totals and
-- phase. The phase rules are the service's defaults (DISCOVERY_* 7/15, ESTABLISHMENT_* 21/40), as
-- LearningPhases.sqlRules() builds them. 500 users, one of six library tasks, 70% completed.
\set u random(1, 500)
\set t random(1, 6)
\set c random(1, 10)
\set r random(0, 5)
select feedback_id, learning_phase, transitions::text, replayed
from record_feedback('authenticated', '{"sub":"pgbench-' || :u || '","role":"authenticated"}', 'pgbench-' || :u,
    null, null, null,
    (array['hydration-green-tea-ritual', 'movement-hiit-blast', 'wellness-box-breathing', 'nutrition-rainbow-salad',
           'recovery-foam-rolling', 'work-pomodoro-block'])[:t],
    null,
    (array['Green Tea Ritual', 'HIIT Blast', 'Box Breathing', 'Rainbow Salad', 'Foam Rolling Session',
           'Pomodoro Block'])[:t],
    (array['hydration', 'movement', 'wellness', 'nutrition', 'recovery', 'work'])[:t],
    :c <= 7, nullif(:r, 0), null, now(), now(),
    '{"discovery":{"to":"establishment","min_days":7,"min_tasks":15,"celebrations":{"days":{"title":"Week 1 Complete!","message":"A whole week of exploring. From now on your plans lean on the tasks you loved."},"tasks":{"title":"15 Tasks Done!","message":"You completed 15 tasks while exploring. From now on your plans lean on your favorites."}}},"establishment":{"to":"mastery","min_days":21,"min_tasks":40,"celebrations":{"days":{"title":"Habits Established!","message":"21 days of building habits. Your plans now center on what works for you, with a little novelty to keep them fresh."},"tasks":{"title":"40 Tasks Strong!","message":"You''ve completed 40 tasks since you started. Welcome to mastery: plans tuned to what you do best."}}}}');
