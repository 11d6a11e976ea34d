#!/usr/bin/env bash
# N instances behave as one (issue 13): two instances of target/tailor.jar (or JAR) behind HAProxy over
# one shared PostgreSQL, once connected directly and once through PgBouncer in transaction pooling mode.
#   scripts/scaleout.sh                              # both modes, checks and throughput
#   MODES=pgbouncer WRK_SECONDS=10 scripts/scaleout.sh
#   THROUGHPUT=0 scripts/scaleout.sh                 # the checks only
#   WARMUP_SECONDS=120 WRK_ORDER="2 1" WRK_SECONDS=30 WRK_CONNECTIONS=100 scripts/scaleout.sh   # the throughput runs
# In each mode it checks, with SQL against the database afterwards:
#   1. concurrent feedback for one user through both instances: acknowledged == stored (events and aggregates)
#   2. one Idempotency-Key sent to both instances at once: recorded once, every reply the same feedback
#   3. concurrent plan requests for one user and date to both instances: one plan
#   4. a change made in SQL to task_library reaches both instances within TAILOR_LIBRARY_CACHE_TTL
#   5. two users interleaved at high concurrency: every reply and every stored row is the requester's own
# then measures feedback throughput (wrk) through HAProxy with two instances and with one, and prints a
# table. Exits non-zero when any check fails. Installs haproxy, pgbouncer, wrk and a PostgreSQL server
# (Debian's) with apt-get when missing. Everything listens on 127.0.0.1 only, every wait is bounded, and
# everything it starts is stopped on exit; the database is a fresh one in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/watch.sh # wait_until, cpu_ticks
. scripts/lib/packages.sh # needs

# The ports, here and nowhere else.
LB_PORT=18100
INSTANCE_PORTS=(18101 18102)
PG_PORT=54401
BOUNCER_PORT=64401

MODES=${MODES:-direct pgbouncer}
THROUGHPUT=${THROUGHPUT:-1}
WRK_SECONDS=${WRK_SECONDS:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-60} # on two instances, so both have compiled the feedback path
WRK_CONNECTIONS=${WRK_CONNECTIONS:-64}
WRK_USERS=${WRK_USERS:-200}
WRK_ORDER=${WRK_ORDER:-2 1 1 2}
LIBRARY_TTL_SECONDS=${LIBRARY_TTL_SECONDS:-3} # the instances' TAILOR_LIBRARY_CACHE_TTL
SERVICE_OPTS=${SERVICE_OPTS:--Xmx256m -XX:+UseSerialGC}
PG_PASSWORD=scaleout # the trust-authenticated owner's; the request role's password is derived from it
run_id=$(date +%s)
export TAILOR_JWT_SECRET
TAILOR_JWT_SECRET=$(openssl rand -hex 32)

# ---------------------------------------------------------------------------------------------------
# Set-up and tear-down

ensure_packages() {
  needs haproxy pgbouncer wrk psql:postgresql-client jq
  ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needs initdb:postgresql
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PATH=$PATH:/usr/sbin
}

# PostgreSQL and PgBouncer refuse to run as root: as root they run as the postgres user.
as_db_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

instance_pids=()
haproxy_pid=""
cleanup() {
  local status=$?
  stop_haproxy
  stop_instances
  [ ! -f "$work/bouncer/pgbouncer.pid" ] || kill "$(cat "$work/bouncer/pgbouncer.pid")" 2>/dev/null || true
  [ ! -d "$work/pg" ] || as_db_user "$PG_BIN/pg_ctl" -D "$work/pg" -m fast -w -t 20 stop >/dev/null 2>&1 || true
  if [ "$status" = 0 ] && [ "${KEEP:-0}" != 1 ]; then rm -rf "$work"; else echo "logs and data kept in $work"; fi
}

start_postgres() {
  mkdir -p "$work/pg" && chown -R "$(as_db_user id -un)" "$work/pg" 2>/dev/null || true
  as_db_user "$PG_BIN/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --no-sync >"$work/initdb.log"
  # durable commits, as in production; 200 connections for two pools of 10 per instance and the checks
  as_db_user "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg/postgres.log" -w -t 60 start \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$work/pg' -c max_connections=200" \
    >/dev/null
  psql_owner postgres -c "alter role postgres password '$PG_PASSWORD'" -c "create database tailor" >/dev/null
}

start_pgbouncer() {
  mkdir -p "$work/bouncer"
  printf '"postgres" ""\n"tailor_app" ""\n' >"$work/bouncer/users.txt"
  # transaction pooling with fewer server connections than the instances' pools hold, so transactions of
  # both instances and both users share server connections all the time
  cat >"$work/bouncer/pgbouncer.ini" <<EOF
[databases]
tailor = host=127.0.0.1 port=$PG_PORT dbname=tailor
; one server connection for every client: the control of check 5 shows what leaks from one client to the next
tailor_one = host=127.0.0.1 port=$PG_PORT dbname=tailor pool_size=1
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $work/bouncer/users.txt
admin_users = postgres
pool_mode = transaction
default_pool_size = 8
max_client_conn = 200
ignore_startup_parameters = extra_float_digits
stats_period = 1
logfile = $work/bouncer/pgbouncer.log
pidfile = $work/bouncer/pgbouncer.pid
EOF
  chown -R "$(as_db_user id -un)" "$work/bouncer" 2>/dev/null || true
  as_db_user pgbouncer -d "$work/bouncer/pgbouncer.ini"
  wait_until 20 "PgBouncer on $BOUNCER_PORT" psql -h 127.0.0.1 -p "$BOUNCER_PORT" -U postgres -d pgbouncer -c "show version"
}

# start_instances <jdbc url>: both instances, the first alone first so one of them migrates the schema.
start_instances() {
  local url=$1 port
  for port in "${INSTANCE_PORTS[@]}"; do
    mkdir -p "$work/instance-$port"
    SERVER_PORT=$port TAILOR_DATA_DIR="$work/instance-$port" SPRING_DATASOURCE_URL=$url \
      SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=$PG_PASSWORD \
      TAILOR_LIBRARY_CACHE_TTL=${LIBRARY_TTL_SECONDS}s \
      "$JAVA" $SERVICE_OPTS -jar "$jar" >"$work/instance-$port.log" 2>&1 &
    instance_pids+=($!)
    wait_until 120 "instance on $port (log: $work/instance-$port.log)" \
      curl -sf "http://127.0.0.1:$port/actuator/health/readiness"
  done
}

stop_instances() {
  local pid
  for pid in "${instance_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${instance_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  instance_pids=()
}

# start_haproxy <port...>: round robin over the given instances; each reply names its instance.
start_haproxy() {
  local port
  {
    printf 'global\n  maxconn 4000\n'
    printf 'defaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\n'
    printf 'frontend tailor\n  bind 127.0.0.1:%s\n  default_backend instances\n' "$LB_PORT"
    printf 'backend instances\n  balance roundrobin\n  option httpchk GET /actuator/health/readiness\n'
    printf '  http-response set-header X-Served-By %%[srv_name]\n'
    for port in "$@"; do printf '  server i%s 127.0.0.1:%s check inter 1s\n' "$port" "$port"; done
  } >"$work/haproxy.cfg"
  haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
  haproxy_pid=$!
  wait_until 20 "HAProxy on $LB_PORT" curl -sf "http://127.0.0.1:$LB_PORT/actuator/health/readiness"
}

stop_haproxy() {
  [ -n "$haproxy_pid" ] || return 0
  kill "$haproxy_pid" 2>/dev/null || true
  wait "$haproxy_pid" 2>/dev/null || true
  haproxy_pid=""
}

# ---------------------------------------------------------------------------------------------------
# Requests and SQL

psql_owner() { # psql_owner <database> <psql args...>: as the owner, straight to PostgreSQL
  local database=$1; shift
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$database" "$@"
}
sql() { psql_owner tailor -At -c "$1"; }

token() { scripts/token.sh "$1" authenticated 3600; }

# request <file> <method> <url> <token> [<json body> [<extra header>]]: appends one transfer to a curl
# config; its result line is "<status> <n> <instance>" (no instance when sent to one directly) and its
# body lands in $requests/<n>.json.
request() {
  local file=$1 method=$2 url=$3 bearer=$4 body=${5:-} header=${6:-}
  local n=$((++request_count))
  {
    [ ! -s "$file" ] || echo next
    printf 'url = "%s"\nrequest = "%s"\nsilent\nmax-time = 30\n' "$url" "$method"
    printf 'header = "Authorization: Bearer %s"\n' "$bearer"
    if [ -n "$body" ]; then
      printf '%s' "$body" >"$requests/$n.body"
      printf 'header = "Content-Type: application/json"\ndata-binary = "@%s"\n' "$requests/$n.body"
    fi
    [ -z "$header" ] || printf 'header = "%s"\n' "$header"
    printf 'output = "%s/%s.json"\n' "$requests" "$n"
    printf 'write-out = "%%{http_code} %s %%header{x-served-by}\\n"\n' "$n"
  } >>"$file"
}

# send <parallel> <config>: runs every transfer of the config, <parallel> at a time; prints result lines.
send() {
  curl -s -Z --parallel-immediate --parallel-max "$1" --config "$2" 2>>"$work/curl.err" || true # no progress meter
}

feedback_body() { # feedback_body <user> [<task name> <category>]
  printf '{"user_id":"%s","task_name":"%s","category":"%s","completed":true,"satisfaction_rating":4}' \
    "$1" "${2:-Box Breathing}" "${3:-wellness}"
}

instance_url() { echo "http://127.0.0.1:${INSTANCE_PORTS[$1]}"; }
lb_url() { echo "http://127.0.0.1:$LB_PORT"; }

count_status() { awk -v s="$1" '$1 == s' "$2" | wc -l; }
served_by() { awk '{print $3 == "" ? "direct" : $3}' "$1" | sort | uniq -c | awk '{printf "%s%s: %s", sep, $2, $1; sep = ", "}'; }
json_field() { jq -r "$2" "$requests/$1.json" 2>/dev/null; }

# ---------------------------------------------------------------------------------------------------
# The checks: each prints its evidence and records PASS or FAIL in $results.

record() { # record <name> <condition: 0 pass> <evidence>
  local verdict=PASS
  [ "$2" = 0 ] || { verdict=FAIL; failed=1; }
  printf '| %s | %s | %s | %s |\n' "$mode" "$1" "$verdict" "$3" >>"$results"
  printf '  %-4s %s: %s\n' "$verdict" "$1" "$3"
}

check_concurrent_feedback() {
  local user="$mode-$run_id-feedback" total=300 config=$work/feedback.cfg out=$work/feedback.out
  local bearer; bearer=$(token "$user"); : >"$config"
  for _ in $(seq 1 $total); do request "$config" POST "$(lb_url)/api/v1/feedback/task" "$bearer" "$(feedback_body "$user")"; done
  send 32 "$config" >"$out"
  local acknowledged events profile days
  acknowledged=$(count_status 201 "$out")
  events=$(sql "select count(*) from user_task_feedback where user_id = '$user'")
  profile=$(sql "select coalesce(max(total_feedback), 0) from user_preference_profile where user_id = '$user'")
  days=$(sql "select coalesce(sum(total_count), 0) from user_daily_task_stats where user_id = '$user'")
  [ "$acknowledged" -gt 0 ] && [ "$acknowledged" = "$events" ] && [ "$acknowledged" = "$profile" ] \
    && [ "$acknowledged" = "$days" ] && ok=0 || ok=1
  record "1 concurrent feedback, one user" $ok \
    "$total sent (32 at a time; $(served_by "$out")): $acknowledged acknowledged (201), $(count_status 503 "$out") × 503 (retry), $(awk '$1 !~ /^(201|503)$/' "$out" | wc -l) other; stored: $events events, profile total $profile, day counts $days"
}

check_idempotency_key() {
  local user="$mode-$run_id-idempotent" key="scaleout-$run_id-$mode" config=$work/idem.cfg out=$work/idem.out
  local bearer body; bearer=$(token "$user"); body=$(feedback_body "$user"); : >"$config"
  for i in $(seq 0 19); do request "$config" POST "$(instance_url $((i % 2)))/api/v1/feedback/task" "$bearer" "$body" "Idempotency-Key: $key"; done
  send 20 "$config" >"$out"
  local ok2xx ids events keys others
  ok2xx=$(awk '$1 ~ /^2/' "$out" | wc -l); others=$(awk '$1 !~ /^(2..|503)$/' "$out" | wc -l)
  ids=$(awk '$1 ~ /^2/ {print $2}' "$out" | while read -r n; do json_field "$n" .feedback_id; done | sort -u | wc -l)
  events=$(sql "select count(*) from user_task_feedback where user_id = '$user'")
  keys=$(sql "select count(*) from feedback_idempotency where user_id = '$user' and idempotency_key = '$key'")
  [ "$others" = 0 ] && [ "$ids" = 1 ] && [ "$events" = 1 ] && [ "$keys" = 1 ] && ok=0 || ok=1
  record "2 one Idempotency-Key on both instances" $ok \
    "20 sent at once, 10 to each instance: $ok2xx answered 2xx ($(count_status 201 "$out") × 201), $(count_status 503 "$out") × 503 (retry), $others other; $ids distinct feedback_id; stored: $events event, $keys key"
}

check_one_plan() {
  local user="$mode-$run_id-plan" day config=$work/plan.cfg out=$work/plan.out
  local bearer; bearer=$(token "$user"); day=$(date -u -d tomorrow +%F); : >"$config"
  local body; body=$(printf '{"user_id":"%s","archetype":"peak_performer","mode":"high","date":"%s"}' "$user" "$day")
  for i in $(seq 0 19); do request "$config" POST "$(instance_url $((i % 2)))/api/v1/plans" "$bearer" "$body"; done
  send 20 "$config" >"$out"
  local created kept conflicts others ids plans items
  created=$(count_status 201 "$out"); kept=$(count_status 200 "$out"); conflicts=$(count_status 409 "$out")
  others=$(awk '$1 !~ /^(200|201|409|503)$/' "$out" | wc -l)
  ids=$(awk '$1 ~ /^20/ {print $2}' "$out" | while read -r n; do json_field "$n" .plan_id; done | sort -u | wc -l)
  plans=$(sql "select count(*) from plans where user_id = '$user' and plan_date = '$day'")
  items=$(sql "select count(*) from plan_items i join plans p on p.id = i.plan_id where p.user_id = '$user'")
  [ "$created" = 1 ] && [ "$others" = 0 ] && [ "$ids" = 1 ] && [ "$plans" = 1 ] && ok=0 || ok=1
  record "3 one plan per user and date" $ok \
    "20 sent at once, 10 to each instance: $created × 201, $kept × 200, $conflicts × 409 and $(count_status 503 "$out") × 503 (retry), $others other; $ids distinct plan_id; stored: $plans plan with $items items"
}

library_description() { # library_description <instance index> <token> <task id>
  curl -sf --max-time 5 -H "Authorization: Bearer $2" "$(instance_url "$1")/api/v1/tasks?category=hydration&limit=100" \
    | jq -r --arg id "$3" '.tasks[] | select(.id == $id) | .description'
}
library_shows() { [[ "$(library_description "$1" "$2" "$3")" == *"$4"* ]]; }
millis() { echo $(( $(date +%s%N) / 1000000 )); }

check_library_change() {
  local task=hydration-morning-lemon-water bearer marker changed_at i stale="" seen=() ok=0 took
  bearer=$(token "$mode-$run_id-library"); marker="[scaleout $run_id $mode]"
  for i in 0 1; do library_description $i "$bearer" $task >/dev/null; done # both have read it
  sql "update task_library set description = description || ' $marker' where id = '$task'" >/dev/null
  changed_at=$(millis)
  for i in 0 1; do library_shows $i "$bearer" $task "$marker" || stale="$stale ${INSTANCE_PORTS[$i]}"; done
  for i in 0 1; do
    if wait_until $((LIBRARY_TTL_SECONDS + 3)) "the change on ${INSTANCE_PORTS[$i]}" library_shows $i "$bearer" $task "$marker"; then
      took=$(( $(millis) - changed_at ))
      seen+=("${INSTANCE_PORTS[$i]} after $took ms")
      # a copy read just before the change lives one lifetime; a poll step and a request on top
      [ "$took" -le $((LIBRARY_TTL_SECONDS * 1000 + 1000)) ] || ok=1
    else
      seen+=("${INSTANCE_PORTS[$i]} never"); ok=1
    fi
  done
  sql "update task_library set description = replace(description, ' $marker', '') where id = '$task'" >/dev/null
  record "4 library change reaches every instance" $ok \
    "description changed in SQL; the old one still served right after by:${stale:- none}; the new one seen by ${seen[*]} (TTL ${LIBRARY_TTL_SECONDS} s)"
}

# ask <user> <request args...>: a request (see request) whose user is noted in $expected by its number.
ask() {
  local user=$1; shift
  request "$@"
  printf '%s %s %s\n' "$request_count" "$(if [ "$2" = GET ]; then echo read; else echo write; fi)" "$user" >>"$expected"
}

bouncer_show() { # bouncer_show <SHOW command>: PgBouncer's admin console, as CSV
  psql -X -h 127.0.0.1 -p "$BOUNCER_PORT" -U postgres -d pgbouncer --csv -c "show $1"
}
bouncer_stat() { # bouncer_stat <column of SHOW STATS>: for the tailor database
  bouncer_show stats | awk -F, -v c="$1" 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == c) k = i} $1 == "tailor" {print $k}'
}

# The control: on a pool of one server connection, does a client see the claims the previous client set?
# A session-level set_config must leak (else this PgBouncer would not be pooling by transaction, and check
# 5 would prove nothing); the transaction-local one the service uses must not.
claims_seen_by_next_client() { # claims_seen_by_next_client <is_local true|false>
  local as_one=(psql -X -q -At -h 127.0.0.1 -p "$BOUNCER_PORT" -U postgres -d tailor_one)
  "${as_one[@]}" -c "select set_config('request.jwt.claims', '', false)" >/dev/null
  "${as_one[@]}" -c "begin" -c "select set_config('request.jwt.claims', '{\"sub\":\"someone\"}', $1)" -c "commit" >/dev/null
  local seen; seen=$("${as_one[@]}" -c "select current_setting('request.jwt.claims', true)")
  if [ -n "$seen" ]; then echo "leaks"; else echo "does not leak"; fi
}

check_identity_interleaved() {
  local a="$mode-$run_id-alice" b="$mode-$run_id-bob" config=$work/identity.cfg out=$work/identity.out
  local ta tb i feedback=$(lb_url)/api/v1/feedback/task profile=$(lb_url)/api/v1/feedback/profile
  ta=$(token "$a"); tb=$(token "$b"); expected=$work/identity.expected; : >"$expected"
  : >"$config" # each has a profile before the reads begin
  ask "$a" "$config" POST "$feedback" "$ta" "$(feedback_body "$a")"
  ask "$b" "$config" POST "$feedback" "$tb" "$(feedback_body "$b")"
  send 2 "$config" >"$out"
  : >"$config" # then, 64 at a time: 150 writes of a, 100 of b, and 150 reads of each profile, interleaved
  for i in $(seq 1 150); do
    ask "$a" "$config" POST "$feedback" "$ta" "$(feedback_body "$a" "Rainbow Salad" nutrition)"
    ask "$a" "$config" GET "$profile/$a" "$ta"
    [ $((i % 3)) = 0 ] || ask "$b" "$config" POST "$feedback" "$tb" "$(feedback_body "$b" "HIIT Blast" movement)"
    ask "$b" "$config" GET "$profile/$b" "$tb"
  done
  local transactions_before=""; [ "$mode" != pgbouncer ] || transactions_before=$(bouncer_stat total_xact_count)
  send 64 "$config" >>"$out"
  # <status> <n> <read|write> <user>: each reply beside the user it was for
  local joined=$work/identity.joined status n kind user wrong_reads=0 failed_writes=0 refused=0 acknowledged=""
  awk 'NR == FNR {who[$1] = $2 " " $3; next} {print $1, $2, who[$2]}' "$expected" "$out" >"$joined"
  while read -r status n kind user; do
    if [ "$status" = 503 ]; then
      refused=$((refused + 1)) # a bounded wait ran out: nothing was read or recorded, the client retries
    elif [ "$kind" = read ]; then
      [ "$status" = 200 ] && [ "$(json_field "$n" .user_id)" = "$user" ] || wrong_reads=$((wrong_reads + 1))
    elif [ "$status" = 201 ]; then
      acknowledged="$acknowledged${acknowledged:+,}('$(json_field "$n" .feedback_id)','$user')"
    else
      failed_writes=$((failed_writes + 1))
    fi
  done <"$joined"
  local reads writes stored misfiled
  reads=$(awk '$3 == "read"' "$joined" | wc -l); writes=$(awk '$3 == "write"' "$joined" | wc -l)
  # every acknowledged feedback is stored under the user it was sent for, and nothing else is stored for either
  misfiled=$(sql "select count(*) from (values $acknowledged) ack(id, who)
                  left join user_task_feedback f on f.id = ack.id::uuid where f.user_id is distinct from ack.who")
  stored=$(sql "select count(*) from user_task_feedback where user_id in ('$a', '$b')")
  local acked; acked=$(tr -cd '(' <<<"$acknowledged" | wc -c)
  local per_user; per_user=$(sql "select string_agg(user_id || ' ' || count, ', ' order by user_id) from
                                  (select user_id, count(*) from user_task_feedback where user_id in ('$a', '$b') group by user_id) c")
  local pooled="" session local_ control=0
  if [ "$mode" = pgbouncer ]; then
    sleep 2 # stats_period
    pooled="; PgBouncer: $(( $(bouncer_stat total_xact_count) - transactions_before )) transactions over $(bouncer_show servers | awk -F, '$2 == "tailor_app" && $3 == "tailor"' | wc -l) server connections of the request pools"
    session=$(claims_seen_by_next_client false); local_=$(claims_seen_by_next_client true)
    pooled="$pooled; control on one server connection: a session-level set_config $session to the next client, a transaction-local one $local_"
    [ "$session" = leaks ] && [ "$local_" = "does not leak" ] || control=1
  fi
  [ $control = 0 ] && [ "$acked" -gt 0 ] && [ $wrong_reads = 0 ] && [ $failed_writes = 0 ] && [ "$misfiled" = 0 ] && [ "$stored" = "$acked" ] && ok=0 || ok=1
  record "5 two users interleaved, identity per transaction" $ok \
    "$writes writes and $reads reads, 64 at a time ($(served_by "$out")): $refused × 503 (retry), $failed_writes writes otherwise not acknowledged, $wrong_reads reads not 200 with the requester's own profile; $acked acknowledged, stored ${per_user//$mode-$run_id-/}, $misfiled under another user$pooled"
}

make_wrk_tokens() {
  wrk_tokens=$work/tokens.lua
  [ -f "$wrk_tokens" ] && return
  { echo "return {"
    for i in $(seq 1 "$WRK_USERS"); do echo "{user = \"wrk-$run_id-$i\", token = \"$(token "wrk-$run_id-$i")\"},"; done
    echo "}"; } >"$wrk_tokens"
}

# CPU time so far, in clock ticks (1/100 s): of the service instances, of the database (PostgreSQL's
# postmaster and its backends, and PgBouncer) and of HAProxy.
database_pids() {
  local postmaster; postmaster=$(head -1 "$work/pg/postmaster.pid")
  echo "$postmaster" $(pgrep -P "$postmaster") $(cat "$work/bouncer/pgbouncer.pid" 2>/dev/null)
}
cpu_snapshot() { echo "$(cpu_ticks "${instance_pids[@]}") $(cpu_ticks $(database_pids)) $(cpu_ticks "$haproxy_pid")"; }

# wrk_feedback <seconds> [<label>]: feedback through HAProxy; with a label, a row of the throughput table
# with the CPU each part spent per request.
wrk_feedback() {
  local report=$work/wrk.out before
  before=$(cpu_snapshot)
  TOKENS=$wrk_tokens wrk -t2 -c"$WRK_CONNECTIONS" -d"$1s" --latency -s scripts/wrk/feedback.lua "$(lb_url)" >"$report"
  [ -n "${2:-}" ] || return 0
  awk -v label="$2" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v before="$before" -v after="$(cpu_snapshot)" '
    /Requests\/sec/ {rate = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2} / requests in / {requests = $1}
    /non-2xx or socket errors/ {errors = $NF}
    END {
      split(before, b); split(after, a)
      printf "| %s | %.0f | %s | %s | %s | %.2f / %.2f / %.2f | %s |\n", label, rate, p50, p99, errors,
        (a[1] - b[1]) * 10 / requests, (a[2] - b[2]) * 10 / requests, (a[3] - b[3]) * 10 / requests, load
    }' "$report" | tee -a "$work/throughput.md"
}

# Two instances against one, in the order WRK_ORDER (default 2 1 1 2, so a drift in the machine's load
# or in the JIT's warm-up weighs on both alike); with one, the other instance stays up, idle.
measure_throughput() {
  local instances
  make_wrk_tokens
  echo "  throughput: warm-up ${WARMUP_SECONDS}s on two instances, then ${WRK_SECONDS}s each in the order $WRK_ORDER"
  wrk_feedback "$WARMUP_SECONDS"
  for instances in $WRK_ORDER; do
    stop_haproxy
    if [ "$instances" = 1 ]; then start_haproxy "${INSTANCE_PORTS[0]}"; else start_haproxy "${INSTANCE_PORTS[@]}"; fi
    wrk_feedback "$WRK_SECONDS" "$mode | $instances"
  done
}

throughput_table() {
  echo "| mode | instances | req/s | p50 | p99 | non-2xx or socket errors | CPU ms per request: service / database / HAProxy | load (1 min) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  cat "$work/throughput.md"
  echo; echo "| mode | instances | mean req/s |"; echo "| --- | ---: | ---: |"
  awk -F' *[|] *' '{sum[$2 " | " $3] += $4; n[$2 " | " $3]++} END {for (k in sum) printf "| %s | %.0f |\n", k, sum[k] / n[k]}' \
    "$work/throughput.md" | sort
}

# ---------------------------------------------------------------------------------------------------

main() {
  ensure_packages
  . scripts/lib/java.sh
  jar=${JAR:-target/tailor.jar}
  [ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
  work=$(mktemp -d /tmp/tailor-scaleout.XXXXXX); chmod 755 "$work"
  trap cleanup EXIT
  trap 'exit 130' INT TERM # so that the EXIT trap stops everything then too
  requests=$work/requests; mkdir -p "$requests"; request_count=0
  results=$work/results.md; failed=0
  echo "## $(date -u '+%F %H:%M') UTC, $(nproc) cores, load: $(uptime | sed 's/.*load average: //')"
  echo "service: java $SERVICE_OPTS ($("$JAVA" -version 2>&1 | head -1)), TAILOR_LIBRARY_CACHE_TTL=${LIBRARY_TTL_SECONDS}s"
  start_postgres
  echo "PostgreSQL $(sql "show server_version") on 127.0.0.1:$PG_PORT"
  for mode in $MODES; do
    local url="jdbc:postgresql://127.0.0.1:$PG_PORT/tailor"
    if [ "$mode" = pgbouncer ]; then
      [ -f "$work/bouncer/pgbouncer.pid" ] || start_pgbouncer
      # transaction pooling: no server-side prepared statements across transactions
      url="jdbc:postgresql://127.0.0.1:$BOUNCER_PORT/tailor?prepareThreshold=0"
    fi
    echo; echo "### $mode: $url"
    start_instances "$url"
    start_haproxy "${INSTANCE_PORTS[@]}"
    check_concurrent_feedback
    check_idempotency_key
    check_one_plan
    check_library_change
    check_identity_interleaved
    [ "$THROUGHPUT" != 1 ] || measure_throughput
    stop_haproxy
    stop_instances
  done
  echo; echo "### Checks"; echo "| mode | check | result | evidence |"; echo "| --- | --- | --- | --- |"; cat "$results"
  if [ "$THROUGHPUT" = 1 ]; then
    echo; echo "### Feedback throughput through HAProxy (wrk, $WRK_CONNECTIONS connections, $WRK_SECONDS s, $WRK_USERS users)"
    throughput_table
  fi
  echo "load after: $(uptime | sed 's/.*load average: //')"
  return $failed
}

main "$@"
