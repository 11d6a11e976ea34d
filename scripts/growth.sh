#!/usr/bin/env bash
# Growth benchmark, as recorded in docs/benchmarks.md: is a request's cost flat as the database grows
# from 1k to 100k users? Starts the packaged service on a fresh data directory, bulk-loads synthetic
# users straight into the embedded PostgreSQL (each: a profile, 20 feedback events, task and category
# preferences, 10 day rows, 5 rotation rows, a plan with 5 items), and after each step times 300
# feedbacks and 300 plans for a fresh user with the Gatling HistorySimulation (10 earlier feedbacks),
# whose per-request table it prints and whose HTML report it leaves in target/gatling.
#   scripts/growth.sh            # steps 1000 10000 100000
#   STEPS="1000 10000" scripts/growth.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/packages.sh
needs psql:postgresql-client
. scripts/lib/service.sh
. scripts/lib/gatling.sh
sql() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $db_port -U postgres "$@"; }

loaded=0
for target in ${STEPS:-1000 10000 100000}; do
  sql -v from=$((loaded + 1)) -v to="$target" <<'SQL'
create temp table ids as select 'bulk-' || g as user_id, g from generate_series(:from, :to) g;
create temp table lib as select row_number() over (order by id) - 1 as n, id, name, category, variation_group
                         from task_library where is_active;
insert into user_preference_profile (user_id, total_feedback, total_completed, total_skipped, first_activity_at,
                                     last_activity_at, phase_started_at)
select user_id, 20, 14, 6, now() - interval '20 days', now(), now() - interval '20 days' from ids;
insert into user_task_feedback (user_id, task_library_id, task_name, category, completed, satisfaction_rating,
                                occurred_at, local_date)
select i.user_id, l.id, l.name, l.category, e % 10 < 7, case when e % 2 = 0 then 1 + e % 5 end,
       now() - make_interval(hours => e * 24), (now() - make_interval(hours => e * 24))::date
from ids i cross join generate_series(1, 20) e join lib l on l.n = (i.g + e) % 50;
insert into user_task_preference (user_id, task_library_id, times_completed, times_skipped, rating_count, rating_sum,
                                  affinity_value, affinity_weight, affinity_at, last_feedback_at)
select i.user_id, l.id, 3, 1, 2, 8, 0.7, 3, now(), now()
from ids i cross join generate_series(1, 5) e join lib l on l.n = (i.g * 7 + e * 3) % 50;
insert into user_category_preference (user_id, category, feedback_count, completed_count, affinity_value,
                                      affinity_weight, affinity_at)
select i.user_id, c, 4, 3, 0.6, 3, now() from ids i
cross join unnest(array['hydration', 'movement', 'nutrition', 'wellness', 'recovery']) c;
insert into user_daily_task_stats (user_id, local_date, task_key, task_library_id, task_name, category, total_count,
                                   completed_count)
select i.user_id, current_date - e, l.id, l.id, l.name, l.category, 2, 1
from ids i cross join generate_series(1, 10) e join lib l on l.n = (i.g + e) % 50;
insert into task_rotation_state (user_id, variation_group, category, last_used_at, last_task_id)
select distinct on (i.user_id, l.variation_group) i.user_id, l.variation_group, l.category,
       now() - make_interval(hours => e * 20), l.id
from ids i cross join generate_series(1, 5) e join lib l on l.n = (i.g * 11 + e * 7) % 50;
insert into plans (user_id, plan_date, archetype, mode, source, learning_phase)
select user_id, current_date, 'peak_performer', 'high', 'adaptive', 'discovery' from ids;
insert into plan_items (plan_id, user_id, position, task_library_id, task_name, category, variation_group,
                        time_block, reason)
select p.id, p.user_id, e, l.id, l.name, l.category, l.variation_group, 'morning', 'bulk'
from plans p join ids i on i.user_id = p.user_id cross join generate_series(0, 4) e join lib l on l.n = (i.g + e * 9) % 50;
SQL
  sql -c "vacuum analyze"
  loaded=$target
  echo; echo "### $target users in the database ($(sql -At -c "select count(*) from user_task_feedback") feedback events)"
  gatling HistorySimulation -Dhistory.events=10 -Drun.id="growth-$target"
done
