#!/usr/bin/env bash
# Fault suite, as recorded in docs/reliability.md: runs the packaged service on 127.0.0.1 (HTTP 18201, embedded
# PostgreSQL 54402, a second instance 18202), each scenario on a fresh data directory, and checks what clients
# see while the fault lasts and what the database holds afterwards:
#   stall       the embedded PostgreSQL stopped (SIGSTOP) for STALL_SECONDS under feedback load, then resumed
#   dbkill      the postmaster killed (kill -9) under load; the operator restarts the service after ~15 s
#   servicekill the service killed (kill -9) under load and started again on the same data directory
#   slow        500 slow-body and 500 slow-header connections held open while health and feedback are timed
#   crowd       CROWD (200) clients posting feedback without pause while readiness and health are timed
#   flood       FLOOD (10000) connections from 127.0.0.2, each sending a header line every 5 s and never ending
#               its headers, for at most 60 s, while health and feedback from 127.0.0.1 are timed
#   busyport    a second instance on the first one's busy database port, then on its busy HTTP port
#   scripts/faults.sh                      # every scenario
#   scripts/faults.sh stall slow           # some of them
#   STALL_SECONDS=20 WORKERS=8 SLOW=500 scripts/faults.sh
# The load's clients (scripts/lib/faults.py) each send feedback with its own Idempotency-Key, also kept in the
# feedback's notes; after the fault they send every request that got no 201 again, with the same key and
# body, until it gets one. Acknowledged keys are then compared with the stored notes: they must be equal, with
# no duplicates. Prints a summary table and exits 1 when a scenario missed a target. Every loop and wait is
# bounded, and the trap stops every process the suite started, PostgreSQL servers left behind included.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/java.sh
. scripts/lib/watch.sh
. scripts/lib/packages.sh
needs psql:postgresql-client jq python3
jar=${JAR:-target/tailor.jar}
[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
port=18201
db_port=54402
second_port=18202
stall_seconds=${STALL_SECONDS:-20}
workers=${WORKERS:-8}
slow_count=${SLOW:-500}
crowd_count=${CROWD:-200}
flood_count=${FLOOD:-10000}
service_opts=${SERVICE_OPTS:--Xmx256m -XX:+UseSerialGC}
# Targets. The longest wait a client may see is the driver's socket timeout (10 s: a stalled server never
# answers, so the statement timeout cannot) plus the pool's connection timeout (3 s), with 2 s to spare.
wait_limit=${WAIT_LIMIT:-15}
probe_limit=1          # health during a fault, health and feedback beside slow clients, in seconds
recovery_limit=${RECOVERY_LIMIT:-15}
exit_limit=${EXIT_LIMIT:-15} # a second instance on a busy port exits within this many seconds
work=$(mktemp -d /tmp/tailor-faults.XXXXXX)
faults=scripts/lib/faults.py
started=()  # every process the suite started
rows=()     # the summary table
misses=()   # targets missed

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
json() { jq -r "$2" "$1"; }
jqc() { jq -c "$2" "$1"; }
log() { echo "[$(date -u +%T)] $*" >&2; }
miss() { misses+=("$1: $2"); log "MISSED $1: $2"; }
postmaster() { head -1 "$1/postgres/postmaster.pid" 2>/dev/null || true; }

# Waits up to $2 seconds for process $1 to end; kills it (then -9) when it does not.
wait_for() {
  local pid=$1 limit=$2
  if ! wait_until "$limit" "process $pid to end" ended "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true; sleep 2; kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

# Stops every process started here, and the server of every data directory here too (a killed service leaves
# its PostgreSQL running). A stalled server is resumed first, so that its service and it can stop.
cleanup() {
  local pid dir pm
  for dir in "$work"/*/; do
    pm=$(postmaster "$dir")
    [ -n "$pm" ] && alive "$pm" || continue
    pkill -CONT -P "$pm" 2>/dev/null || true
    kill -CONT "$pm" 2>/dev/null || true
  done
  for pid in "${started[@]}"; do alive "$pid" && kill "$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do wait_for "$pid" 20; done
  for dir in "$work"/*/; do
    pm=$(postmaster "$dir")
    [ -n "$pm" ] && alive "$pm" || continue
    kill -INT "$pm" 2>/dev/null || true # PostgreSQL's fast shutdown
    wait_for "$pm" 15
  done
  [ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts the service on data directory $work/$1 and waits until it is ready; sets svc, data and took (seconds).
start_service() {
  data=$work/$1
  mkdir -p "$data"
  local t0
  t0=$(now)
  SERVER_ADDRESS=127.0.0.1 TAILOR_DATA_DIR=$data SERVER_PORT=$port TAILOR_EMBEDDED_DB_PORT=$db_port \
    $JAVA $service_opts -jar "$jar" >>"$data/service.log" 2>&1 &
  svc=$!
  started+=("$svc")
  wait_for_url 180 "http://127.0.0.1:$port/actuator/health/readiness" ||
    { log "the service in $data did not become ready"; tail -20 "$data/service.log" >&2; return 1; }
  took=$(since "$t0")
}

stop_service() {
  kill "$svc" 2>/dev/null || true
  wait_for "$svc" 30
}

# Lines of "user token" for $2 users named fault-$1-N, signed with the data directory's secret.
tokens() {
  local i
  for ((i = 1; i <= $2; i++)); do
    echo "fault-$1-$i $(TAILOR_DATA_DIR=$data scripts/token.sh "fault-$1-$i" authenticated 7200)"
  done
}

# Starts the client load of scenario $1 in the background for at most $2 seconds; sets load.
start_load() {
  tokens "$1" "$workers" >"$data/tokens"
  python3 $faults load --port $port --run "$1" --tokens "$data/tokens" --workers "$workers" --seconds "$2" \
    --stop-file "$data/stop" --resume-file "$data/resumed" --out "$data/load.json" &
  load=$!
  started+=("$load")
}

# Ends the load, waits for its retries, and compares acknowledged keys with the notes stored for scenario $1.
finish_load() {
  touch "$data/stop"
  wait_for "$load" 150
  psql -h 127.0.0.1 -p $db_port -U postgres -AtX \
    -c "select notes from user_task_feedback where user_id like 'fault-$1-%'" >"$data/stored"
  python3 $faults check --summary "$data/load.json" --stored "$data/stored" >"$data/check.json"
  log "$1: $(jq -c 'del(.acknowledged_keys)' "$data/load.json") $(cat "$data/check.json")"
}

# Checks what finish_load found for scenario $1, and the longest wait.
check_counts() {
  local c=$data/check.json l=$data/load.json
  [ "$(json $c .acknowledged)" = "$(json $c .stored)" ] || miss "$1" "acknowledged $(json $c .acknowledged) != stored $(json $c .stored)"
  [ "$(json $c .duplicates)" = 0 ] || miss "$1" "$(json $c .duplicates) duplicates stored"
  [ "$(json $c .acknowledged_not_stored)" = 0 ] || miss "$1" "$(json $c .acknowledged_not_stored) acknowledged but not stored"
  [ "$(json $l '.not_acknowledged | length')" = 0 ] || miss "$1" "$(json $l '.not_acknowledged | length') never acknowledged after retries"
  [ "$(json $l '.said_nothing_recorded_but_replayed | length')" = 0 ] ||
    miss "$1" "$(json $l '.said_nothing_recorded_but_replayed | length') replies said nothing was recorded, yet the retry replayed it"
  awk -v w="$(json $l .longest_wait)" -v l="$wait_limit" 'BEGIN { exit !(w <= l) }' ||
    miss "$1" "longest wait $(json $l .longest_wait) s > $wait_limit s"
}

counts() { echo "$(json "$data/check.json" .acknowledged) / $(json "$data/check.json" .stored) ($(json "$data/load.json" .replayed) replayed on retry)"; }
errors() { json "$data/load.json" '"\(.errors) of \(.requests) (\(.errors_by_kind | to_entries | map("\(.key)×\(.value)") | join(", ")))"'; }
under() { awk -v v="$1" -v l="$2" 'BEGIN { exit !(v < l) }'; }

# Every postgres process of the data directory: the postmaster and its children.
postgres_processes() {
  local pm
  pm=$(postmaster "$data")
  echo "$pm" $(pgrep -P "$pm" || true)
}

scenario_stall() {
  log "stall: starting the service"
  start_service stall
  start_load stall $((stall_seconds + 60))
  sleep 5
  local pgs t0 recovered i
  pgs=$(postgres_processes)
  log "stall: SIGSTOP PostgreSQL ($pgs) for $stall_seconds s"
  t0=$(now)
  kill -STOP $pgs
  python3 $faults probe --port $port --count $((stall_seconds - 2)) --interval 1 --out "$data/health.json"
  curl -s -m 5 -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port/actuator/health/readiness" >"$data/readiness"
  for ((i = 0; i < 100; i++)); do under "$(since "$t0")" "$stall_seconds" || break; sleep 0.1; done
  kill -CONT $pgs
  now >"$data/resumed"
  log "stall: SIGCONT after $(since "$t0") s"
  recovered=$(health_recovery)
  sleep 10
  finish_load stall
  check_counts stall
  local h=$data/health.json
  [ "$(json $h '.statuses | keys | join(",")')" = 503 ] || miss stall "health during the stall: $(jqc $h .statuses)"
  under "$(json $h .max)" $probe_limit || miss stall "health took $(json $h .max) s during the stall"
  [ "$(cut -d' ' -f1 "$data/readiness")" = 503 ] && under "$(cut -d' ' -f2 "$data/readiness")" $probe_limit ||
    miss stall "readiness during the stall: $(cat "$data/readiness") (status, seconds)"
  under "$recovered" "$recovery_limit" || miss stall "health UP again after $recovered s"
  rows+=("| stall ${stall_seconds} s (SIGSTOP) | $(errors) | $(json "$data/load.json" .longest_wait) s | health $(jqc $h .statuses) in ≤ $(json $h .max) s; readiness $(cut -d' ' -f1 "$data/readiness") in $(cut -d' ' -f2 "$data/readiness") s | health UP $recovered s after SIGCONT; first feedback 201 after $(json "$data/load.json" .first_success_after_resume) s | $(counts) |")
  stop_service
}

# Seconds from now until the health check answers 200 (polled every 0.1 s, at most 60 s).
health_recovery() {
  local t0
  t0=$(now)
  wait_for_url 60 "http://127.0.0.1:$port/api/v1/feedback/health" 2>/dev/null || true
  since "$t0"
}

scenario_dbkill() {
  log "dbkill: starting the service"
  start_service dbkill
  start_load dbkill 120
  sleep 5
  local pm children t0 t1 ready
  pm=$(postmaster "$data")
  children=$(pgrep -P "$pm" || true)
  log "dbkill: kill -9 postmaster $pm"
  t0=$(now)
  kill -9 "$pm"
  python3 $faults probe --port $port --count 10 --interval 1 --out "$data/health.json"
  python3 $faults probe --port $port --count 5 --interval 0.2 --path /actuator/health/readiness --out "$data/readiness.json"
  python3 $faults probe --port $port --count 1 --path /actuator/health/liveness --out "$data/liveness.json"
  wait_until 30 "PostgreSQL $pm and its backends to end" ended "$pm" $children || true
  # The operator's move (docs/reliability.md): the service does not start its PostgreSQL again by itself;
  # its liveness probe goes DOWN, and the operator (or an orchestrator watching liveness) restarts it
  # (pg_ctl, which could start the server alone, refuses to run as root).
  log "dbkill: restarting the service"
  t1=$(now)
  stop_service
  start_service dbkill
  now >"$data/resumed"
  ready=$(since "$t1")
  log "dbkill: ready $ready s after the restart began ($took s after the start), $(since "$t0") s after the kill"
  sleep 10
  finish_load dbkill
  check_counts dbkill
  local h=$data/health.json
  [ "$(json $h '.statuses | keys | join(",")')" = 503 ] || miss dbkill "health while the database is down: $(jqc $h .statuses)"
  [ "$(json "$data/liveness.json" '.statuses | keys | join(",")')" = 503 ] ||
    miss dbkill "liveness after the embedded database was killed: $(jqc "$data/liveness.json" .statuses), not DOWN"
  under "$(json $h .max)" $probe_limit || miss dbkill "health took $(json $h .max) s while the database was down"
  [ "$(json "$data/readiness.json" '.statuses | keys | join(",")')" = 503 ] && under "$(json "$data/readiness.json" .max)" $probe_limit ||
    miss dbkill "readiness: $(jqc "$data/readiness.json" .statuses), max $(json "$data/readiness.json" .max) s"
  under "$ready" 60 || miss dbkill "ready $ready s after the restart began"
  rows+=("| database kill -9, service restarted after ~15 s | $(errors) | $(json "$data/load.json" .longest_wait) s | health $(jqc $h .statuses) in ≤ $(json $h .max) s; readiness $(jqc "$data/readiness.json" .statuses); liveness $(jqc "$data/liveness.json" .statuses) | ready $ready s after the operator restarted the service (outage $(awk -v a="$t0" -v b="$t1" -v r="$ready" 'BEGIN { printf "%.1f", b - a + r }') s) | $(counts) |")
  stop_service
}

scenario_servicekill() {
  log "servicekill: starting the service"
  start_service servicekill
  start_load servicekill 180
  sleep 5
  local pm t0 restart orphan
  pm=$(postmaster "$data")
  log "servicekill: kill -9 service $svc"
  t0=$(now)
  kill -9 "$svc"
  wait "$svc" 2>/dev/null || true
  sleep 1
  alive "$pm" && orphan="PostgreSQL $pm left running" || orphan="no PostgreSQL left running"
  log "servicekill: $orphan; starting the service again on the same data directory"
  start_service servicekill
  restart=$took
  now >"$data/resumed"
  log "servicekill: ready again $restart s after the restart, $(since "$t0") s after the kill"
  sleep 5
  finish_load servicekill
  check_counts servicekill
  local stopped="orphan stopped"
  grep -q "left running by a killed run" "$data/service.log" || { stopped="no orphan found"; [[ $orphan == no* ]] || miss servicekill "the orphan PostgreSQL was not stopped"; }
  under "$restart" 60 || miss servicekill "restart took $restart s"
  rows+=("| service kill -9, started again | $(errors) | $(json "$data/load.json" .longest_wait) s | $orphan; $stopped at start | ready $restart s after the restart | $(counts) |")
  stop_service
}

scenario_slow() {
  ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"
  log "slow: starting the service"
  start_service slow
  tokens slow 2 >"$data/tokens"
  sed -n 1p "$data/tokens" >"$data/slow-token"
  sed -n 2p "$data/tokens" >"$data/probe-token"
  python3 $faults slow --port $port --body "$slow_count" --header "$slow_count" --interval 5 --seconds 180 \
    --token-file "$data/slow-token" --ready-file "$data/ready" --stop-file "$data/stop" --out "$data/slow.json" &
  local slow=$! i
  started+=("$slow")
  for ((i = 0; i < 600; i++)); do [ -s "$data/ready" ] || ! alive $slow && break; sleep 0.1; done
  log "slow: $(cat "$data/ready" 2>/dev/null || echo 0) connections open"
  sleep 5
  python3 $faults probe --port $port --count 20 --interval 0.5 --out "$data/health.json"
  python3 $faults probe --port $port --count 20 --interval 0.5 --feedback --run slow --token-file "$data/probe-token" --out "$data/feedback.json"
  touch "$data/stop"
  wait_for $slow 30
  local h=$data/health.json f=$data/feedback.json
  log "slow: $(cat "$data/slow.json") health $(cat $h) feedback $(cat $f)"
  [ "$(json "$data/slow.json" .opened)" = $((2 * slow_count)) ] || miss slow "opened $(json "$data/slow.json" .opened) of $((2 * slow_count)) connections"
  [ "$(json $h '.statuses | keys | join(",")')" = 200 ] || miss slow "health: $(jqc $h .statuses)"
  [ "$(json $f '.statuses | keys | join(",")')" = 201 ] || miss slow "feedback: $(jqc $f .statuses)"
  under "$(json $h .max)" $probe_limit || miss slow "health max $(json $h .max) s"
  under "$(json $f .max)" $probe_limit || miss slow "feedback max $(json $f .max) s"
  rows+=("| ${slow_count} slow-body + ${slow_count} slow-header connections | health $(jqc $h .statuses), feedback $(jqc $f .statuses) | health p50 $(json $h .p50) s, max $(json $h .max) s; feedback p50 $(json $f .p50) s, max $(json $f .max) s | $(json "$data/slow.json" .still_open) of $(json "$data/slow.json" .opened) still open at the end | n/a | n/a |")
  stop_service
}

# The request pool (10 connections) busy with CROWD clients: the probes ask on connections of their own.
scenario_crowd() {
  log "crowd: starting the service"
  start_service crowd
  start_load_crowd
  sleep 5
  python3 $faults probe --port $port --count 40 --interval 0.5 --path /actuator/health/readiness --out "$data/readiness.json"
  python3 $faults probe --port $port --count 20 --interval 0.5 --out "$data/health.json"
  finish_load crowd
  local r=$data/readiness.json h=$data/health.json l=$data/load.json
  [ "$(json $r '.statuses | keys | join(",")')" = 200 ] || miss crowd "readiness under load: $(jqc $r .statuses)"
  [ "$(json $h '.statuses | keys | join(",")')" = 200 ] || miss crowd "health under load: $(jqc $h .statuses)"
  under "$(json $r .max)" $probe_limit || miss crowd "readiness max $(json $r .max) s"
  under "$(json $h .max)" $probe_limit || miss crowd "health max $(json $h .max) s"
  [ "$(json $l '.errors_by_kind | keys - ["503"] | length')" = 0 ] || miss crowd "errors other than 503 busy: $(jqc $l .errors_by_kind)"
  [ "$(json $l '.not_acknowledged | length')" = 0 ] || miss crowd "$(json $l '.not_acknowledged | length') never acknowledged after retries"
  [ "$(json "$data/check.json" .acknowledged)" = "$(json "$data/check.json" .stored)" ] || miss crowd "acknowledged != stored"
  local busy
  busy=$(grep -c "Request pool busy" "$data/service.log" || true)
  rows+=("| ${crowd_count} clients posting feedback without pause, 30 s | $(errors); $busy logged as pool busy | p50 $(json $l .p50_wait) s, p99 $(json $l .p99_wait) s, max $(json $l .longest_wait) s | readiness $(jqc $r .statuses) max $(json $r .max) s; health $(jqc $h .statuses) max $(json $h .max) s | n/a | $(counts) |")
  stop_service
}

start_load_crowd() {
  tokens crowd "$crowd_count" >"$data/tokens"
  python3 $faults load --port $port --run crowd --tokens "$data/tokens" --workers "$crowd_count" --seconds 30 --pause 0 \
    --stop-file "$data/stop" --out "$data/load.json" &
  load=$!
  started+=("$load")
}

# FLOOD connections from one address that never finish their headers: the service keeps at most
# TAILOR_MAX_CONNECTIONS_PER_ADDRESS (1000) of them and answers everyone else.
scenario_flood() {
  ulimit -n "$(ulimit -Hn)"
  [ "$(ulimit -n)" -gt $((flood_count + 200)) ] || { miss flood "ulimit -n $(ulimit -n) is too low for $flood_count connections"; return; }
  log "flood: starting the service"
  start_service flood
  tokens flood 1 >"$data/probe-token"
  local t0 flooder i
  t0=$(now)
  python3 $faults flood --port $port --connections "$flood_count" --interval 5 --seconds 60 \
    --ready-file "$data/ready" --stop-file "$data/stop" --out "$data/flood.json" &
  flooder=$!
  started+=("$flooder")
  for ((i = 0; i < 1200; i++)); do [ -s "$data/ready" ] || ! alive $flooder && break; sleep 0.1; done
  log "flood: $(cat "$data/ready" 2>/dev/null || echo 0) connections opened in $(since "$t0") s"
  python3 $faults probe --port $port --count 20 --interval 0.5 --out "$data/health.json"
  python3 $faults probe --port $port --count 20 --interval 0.5 --feedback --run flood --token-file "$data/probe-token" --out "$data/feedback.json"
  sleep 6 # one more round of header lines, so closed connections are counted
  touch "$data/stop"
  wait_for $flooder 90
  local h=$data/health.json f=$data/feedback.json o=$data/flood.json
  log "flood: $(cat $o) health $(cat $h) feedback $(cat $f)"
  [ "$(json $h '.statuses | keys | join(",")')" = 200 ] || miss flood "health: $(jqc $h .statuses)"
  [ "$(json $f '.statuses | keys | join(",")')" = 201 ] || miss flood "feedback: $(jqc $f .statuses)"
  under "$(json $h .max)" $probe_limit || miss flood "health max $(json $h .max) s"
  under "$(json $f .max)" $probe_limit || miss flood "feedback max $(json $f .max) s"
  [ "$(json $o .still_open)" -le 1000 ] || miss flood "$(json $o .still_open) flood connections still open, more than one address may hold"
  rows+=("| ${flood_count} connections from one address, a header line every 5 s | health $(jqc $h .statuses), feedback $(jqc $f .statuses) | health p50 $(json $h .p50) s, max $(json $h .max) s; feedback p50 $(json $f .p50) s, max $(json $f .max) s | $(json $o .connected) connected in $(json $o .opened_in) s, $(json $o .still_open) kept open by the service | n/a | n/a |")
  stop_service
}

# Starts a second instance on its own data directory with SERVER_PORT=$2 and TAILOR_EMBEDDED_DB_PORT=$3, waits
# for it to exit (at most 90 s) and checks the exit status, the time and that the message names port $4 and $5.
second_instance() {
  local name=$1 dir=$work/$1 t0 pid rc elapsed
  mkdir -p "$dir"
  t0=$(now)
  SERVER_ADDRESS=127.0.0.1 TAILOR_DATA_DIR=$dir SERVER_PORT=$2 TAILOR_EMBEDDED_DB_PORT=$3 $JAVA $service_opts -jar "$jar" >"$dir/service.log" 2>&1 &
  pid=$!
  started+=("$pid")
  wait_until 90 "$name to exit" ended "$pid" || true
  rc=0
  if alive $pid; then
    kill $pid
    wait $pid || true
    rc=timeout
  else
    wait $pid || rc=$?
  fi
  elapsed=$(since "$t0")
  local message
  message=$(grep -A3 -E "^(Description|Action):" "$dir/service.log" | grep -v '^--$' | grep -v '^$' | tr '\n' ' ' | sed 's/  */ /g')
  log "$name: exit $rc after $elapsed s: $message"
  [ "$rc" != 0 ] && [ "$rc" != timeout ] || miss "$name" "exit status $rc"
  under "$elapsed" "$exit_limit" || miss "$name" "exited after $elapsed s"
  grep -q "$4" <<<"$message" || miss "$name" "message does not name port $4"
  grep -q "$5" <<<"$message" || miss "$name" "message does not say $5"
  [ -z "$(postmaster "$dir")" ] || ! alive "$(postmaster "$dir")" || miss "$name" "left its PostgreSQL running"
  rows+=("| second instance, $6 | exit $rc | exited after $elapsed s (\`--help\` alone: $help_took s) | ${message//|/\\|} | n/a | n/a |")
}

scenario_busyport() {
  log "busyport: starting the first instance"
  start_service busyport
  local t0
  t0=$(now)
  $JAVA $service_opts -jar "$jar" --help >/dev/null 2>&1 # the JVM's own start, for comparison
  help_took=$(since "$t0")
  second_instance busy-db-port $second_port $db_port $db_port TAILOR_EMBEDDED_DB_PORT "busy database port $db_port"
  second_instance busy-http-port $port $second_port $port SERVER_PORT "busy HTTP port $port"
  [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/feedback/health")" = 200 ] ||
    miss busyport "the first instance is no longer healthy"
  stop_service
}

scenarios=${*:-stall dbkill servicekill slow crowd flood busyport}
for scenario in $scenarios; do
  declare -F "scenario_$scenario" >/dev/null || { echo "unknown scenario $scenario (stall dbkill servicekill slow crowd flood busyport)" >&2; exit 2; }
done
for port_in_use in $port $db_port $second_port; do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$port_in_use") 2>/dev/null || { echo "port $port_in_use is busy: stop what listens there first" >&2; exit 2; }
done
echo "## $(date -u '+%F %H:%M') UTC on $(nproc) cores, load average$(uptime | sed 's/.*load average//'); $("$JAVA" -version 2>&1 | head -1)"
for scenario in $scenarios; do "scenario_$scenario"; done
echo
echo "| scenario | errors seen by clients | longest wait | during the fault | recovery | acknowledged / stored |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo "load average after:$(uptime | sed 's/.*load average//')"
if [ ${#misses[@]} -gt 0 ]; then
  echo; echo "Missed targets:"; printf -- '- %s\n' "${misses[@]}"
  exit 1
fi
echo "Every target met."
