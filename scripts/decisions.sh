#!/usr/bin/env bash
# Decision export benchmark, as recorded in docs/benchmarks.md (issue 17: at least 50,000 lines/s in
# constant memory). Starts the packaged service on a fresh data directory (loopback, ports 18080 /
# 54399), makes one real plan over HTTP, and bulk-loads copies of its five logged decisions straight into
# the embedded PostgreSQL: USERS users × DAYS past days × 5 items, each with its plan and plan item, a
# third done, a third skipped with feedback rows, a third unreported. Then exports the first half of the
# days and all of them with curl, printing lines, seconds, lines/s and the JVM's resident memory (before,
# and the most seen while each export ran, sampled every 0.1 s).
#   scripts/decisions.sh                   # 2000 users × 20 days = 200,000 decisions
#   USERS=1000 DAYS=10 scripts/decisions.sh
#   WARMUPS=1 scripts/decisions.sh         # whole exports before the measured ones (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/packages.sh
needs psql:postgresql-client curl
. scripts/lib/service.sh
users=${USERS:-2000}
days=${DAYS:-20}
sql() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $db_port -U postgres "$@"; }
rss_kib() { # without a fork: the sampler runs beside the export it measures
  local key value _
  while read -r key value _; do [ "$key" = VmRSS: ] && { echo "$value"; return; }; done <"/proc/$pid/status"
}

seed=bench-seed
curl -sf -o /dev/null -H "Authorization: Bearer $(scripts/token.sh $seed)" -H 'Content-Type: application/json' \
  -d "{\"user_id\": \"$seed\", \"archetype\": \"foundation_builder\", \"mode\": \"medium\"}" \
  "http://127.0.0.1:$port/api/v1/plans"

echo "loading $users users × $days days × 5 decisions" >&2
sql -v users="$users" -v days="$days" -v seed="$seed" <<'SQL'
insert into plans (user_id, plan_date, archetype, mode, source, learning_phase)
select 'bench-' || u, current_date - d, 'foundation_builder', 'medium', 'adaptive', 'discovery'
from generate_series(1, :users) u cross join generate_series(1, :days) d;
insert into plan_items (plan_id, user_id, position, task_library_id, task_name, category, variation_group,
                        time_block, reason, status)
select p.id, p.user_id, s.position, s.task_library_id, s.task_name, s.category, s.variation_group, s.time_block,
       s.reason, (array['done', 'skipped', 'pending'])[1 + abs(hashtext(p.id::text || s.position)) % 3]
from plans p join plan_items s on s.user_id = :'seed'
where p.user_id like 'bench-%' and p.user_id <> :'seed';
insert into user_task_feedback (user_id, task_library_id, task_name, category, completed, satisfaction_rating,
                                occurred_at, local_date, plan_item_id)
select i.user_id, i.task_library_id, i.task_name, i.category, i.status = 'done',
       case when i.status = 'done' then 1 + abs(hashtext(i.id::text)) % 5 end,
       p.plan_date + time '12:00', p.plan_date, i.id
from plan_items i join plans p on p.id = i.plan_id
where i.user_id like 'bench-%' and i.user_id <> :'seed' and i.status <> 'pending';
insert into plan_decisions (user_id, plan_item_id, plan_id, plan_date, decided_at, policy, category, time_block,
                            pool, probability_kind, library_version, phase, archetype, mode,
                            days_since_first_feedback, unrotated_best, multi, probabilities, chosen, propensity,
                            outcome, rating, day_ends_at)
select i.user_id, i.id, i.plan_id, p.plan_date, p.plan_date + time '06:00', d.policy, d.category, d.time_block,
       d.pool, d.probability_kind, d.library_version, d.phase, d.archetype, d.mode, d.days_since_first_feedback,
       d.unrotated_best, d.multi, d.probabilities, d.chosen, d.propensity, nullif(i.status, 'pending'),
       case when i.status = 'done' then 1 + abs(hashtext(i.id::text)) % 5 end,
       (p.plan_date + 1)::timestamp at time zone 'UTC'
from plan_items i join plans p on p.id = i.plan_id
join plan_items s on s.user_id = :'seed' and s.position = i.position
join plan_decisions d on d.user_id = :'seed' and d.plan_item_id = s.id
where i.user_id like 'bench-%' and i.user_id <> :'seed';
vacuum analyze;
SQL

service=$(scripts/token.sh bench-operator service_role)
export_range() { # from to: prints lines, seconds (curl's own, from connect to last byte), lines/s and the
  # peak RSS while it ran
  local peak=0 rss seconds lines out=$data/export.jsonl
  curl -sf -o "$out" -w '%{time_total}' -H "Authorization: Bearer $service" \
    "http://127.0.0.1:$port/api/v1/decisions?from=$1&to=$2" >"$data/seconds" &
  local curl_pid=$!
  while kill -0 $curl_pid 2>/dev/null; do
    rss=$(rss_kib)
    if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
    sleep 0.1
  done
  wait $curl_pid
  seconds=$(<"$data/seconds")
  lines=$(wc -l <"$out")
  awk -v l="$lines" -v s="$seconds" -v p="$peak" -v f="$1" -v t="$2" 'BEGIN {
    printf "| %s … %s | %d | %.2f s | %.0f lines/s | %d MiB |\n", f, t, l, s, l / s, p / 1024 }'
}

oldest=$(date -d "-$days days" +%F)
middle=$(date -d "-$(( (days + 1) / 2 )) days" +%F)
yesterday=$(date -d "-1 day" +%F)
# warm-up: the database's cache, and the JIT, which needs about three whole exports to settle (one left the
# next export at two thirds of its steady rate)
for _ in $(seq "${WARMUPS:-3}"); do export_range "$oldest" "$yesterday" >&2; done
echo "RSS before the exports: $(( $(rss_kib) / 1024 )) MiB ($service_opts, $($JAVA -version 2>&1 | head -1))"
echo "| plan dates | lines | time | rate | peak RSS |"
echo "| --- | ---: | ---: | ---: | ---: |"
export_range "$oldest" "$middle"
export_range "$oldest" "$yesterday"
