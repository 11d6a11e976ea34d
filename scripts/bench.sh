#!/usr/bin/env bash
# Load benchmark on the embedded default, as recorded in docs/benchmarks.md:
#   scripts/bench.sh                 # wrk, the closed model at 100 and 400 users, the open model, history, pgbench
#   USERS="100" ITERATIONS=3 RATE=20 DURATION=30 HISTORY=10 scripts/bench.sh
# Starts the packaged service on a fresh data directory (ports 18080 / 54399), drives feedback and plans
# alone with wrk, then the app's day with the Gatling simulations of src/gatling/java (scripts/lib/gatling.sh):
# the closed model (USERS, each playing ITERATIONS days) after a 50-user warm-up, the open model (RATE new
# users a second for DURATION seconds), and one user's requests after 10 and 10,000 earlier feedbacks
# (HISTORY). Each Gatling run prints its per-request table and leaves its HTML report in target/gatling.
# Then it reads the service's peak resident memory (VmHWM) and measures the same PostgreSQL's rate for a
# durable single-row insert transaction and for the feedback statement itself (scripts/pgbench/) with
# pgbench. Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/packages.sh
needs pgbench:postgresql-client psql:postgresql-client wrk

. scripts/lib/service.sh
. scripts/lib/gatling.sh

echo "## $(date -u +%F) on $(nproc) cores, service: java $service_opts ($("$JAVA" -version 2>&1 | head -1))"

tokens=$data/tokens.lua
echo "return {" >"$tokens"
for i in $(seq 1 "${WRK_USERS:-500}"); do
  echo "{user = \"wrk-$i\", token = \"$(scripts/token.sh "wrk-$i" authenticated 7200)\"}," >>"$tokens"
done
echo "}" >>"$tokens"
for endpoint in feedback plans; do
  echo; echo "### $endpoint alone: wrk, 100 connections, ${WRK_SECONDS:-30} s after a 10 s warm-up, ${WRK_USERS:-500} users"
  TOKENS=$tokens wrk -t2 -c100 -d10s -s "scripts/wrk/$endpoint.lua" "http://127.0.0.1:$port" >/dev/null
  TOKENS=$tokens wrk -t2 -c100 -d"${WRK_SECONDS:-30}s" --latency -s "scripts/wrk/$endpoint.lua" "http://127.0.0.1:$port" \
    | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|errors"
done
echo; echo "### warm-up: closed model, 50 users x 2 days"
gatling ClosedModelSimulation -Dusers=50 -Diterations=2
for users in ${USERS:-100 400}; do
  echo; echo "### closed model: $users concurrent users x ${ITERATIONS:-5} days"
  gatling ClosedModelSimulation -Dusers="$users" -Diterations="${ITERATIONS:-5}"
done
echo; echo "### open model: ${RATE:-20} new users a second for ${DURATION:-60} s, one day each"
gatling OpenModelSimulation -Drate="${RATE:-20}" -Dduration="${DURATION:-60}"
for events in ${HISTORY:-10 10000}; do
  echo; echo "### history: $events earlier feedbacks"
  gatling HistorySimulation -Dhistory.events="$events"
done
echo "service peak resident memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"

echo; echo "### PostgreSQL floor: one durable single-row insert per transaction (pgbench, 10 clients, 20 s)"
psql -q -h 127.0.0.1 -p $db_port -U postgres -c "create table if not exists bench_floor (id bigserial primary key, user_id text, at timestamptz default now())"
pgbench -n -h 127.0.0.1 -p $db_port -U postgres -c 10 -j 2 -T 20 -f scripts/pgbench/insert.sql postgres | grep -E "tps|latency average"
echo; echo "### The same work in SQL: the feedback statement as tailor_app with a user's claims (pgbench, 10 clients, 20 s)"
pgbench -n -h 127.0.0.1 -p $db_port -U tailor_app -c 10 -j 2 -T 20 -f scripts/pgbench/feedback.sql postgres | grep -E "tps|latency average"
