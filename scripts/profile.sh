#!/usr/bin/env bash
# CPU cost per request and where it goes, as recorded in docs/benchmarks.md:
#   scripts/profile.sh                          # feedback and plans, target/tailor.jar
#   JAR=/path/to/other.jar ENDPOINTS=feedback scripts/profile.sh
# Starts the packaged service (scripts/lib/service.sh), warms it up with wrk ($WARMUP_SECONDS s), runs wrk
# for $SECONDS_PER_RUN s at $CONNECTIONS connections and prints the JVM's and PostgreSQL's CPU per request
# (from /proc, user + system time, per kind of JVM thread); then runs it again while JFR samples the JVM
# and prints where the samples fall (scripts/lib/jfr_shares.py). The recordings are left in target/.
# Last, pgbench measures the floors on the same database: a single-row insert and the feedback
# statement itself, and the endpoints' rates are given as ratios of both (PGBENCH=0 skips this).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/packages.sh
needs wrk
# deep Spring stacks overflow JFR's default 64 frames, which would hide the stages of a request
SERVICE_OPTS="${SERVICE_OPTS:--Xmx256m -XX:+UseSerialGC} -XX:FlightRecorderOptions=stackdepth=512"
. scripts/lib/service.sh
. scripts/lib/watch.sh
seconds=${SECONDS_PER_RUN:-20}
connections=${CONNECTIONS:-50}
jcmd=$(dirname "$(readlink -f "$(command -v "${JAVA:-java}")")")/jcmd # the service's own JDK
jfr_tool=$(ls -d /usr/lib/jvm/temurin-2[5-9]*/bin/jfr 2>/dev/null | head -1 || true) # 'jfr print' of JDK 21+
tokens=$data/tokens.lua
echo "return {" >"$tokens"
for i in $(seq 1 500); do
  echo "{user = \"prof-$i\", token = \"$(scripts/token.sh "prof-$i" authenticated 7200)\"}," >>"$tokens"
done
echo "}" >>"$tokens"

postgres_pids() { # the embedded postmaster and its backends
  local main; main=$(pgrep -f "postgres -D $data" | head -1)
  echo "$main $(pgrep -P "$main" | tr '\n' ' ')"
}
threads() { # clock ticks per JVM thread kind: request threads, JIT compilers, GC, the rest
  for t in /proc/$pid/task/*; do
    echo "$(tr ' ' '_' <"$t/comm") $(cpu_ticks "$pid/task/${t##*/}")"
  done | awk '{ k = "other"; if ($1 ~ /exec|nio|http/) k = "request"; else if ($1 ~ /Compiler/) k = "JIT";
               else if ($1 ~ /GC|VM_Thread/) k = "GC"; t[k] += $2 } END { for (k in t) print k, t[k] }' | sort
}

rates=""
echo "## $(date -u +%F) $(nproc) cores, $jar, java $service_opts, $connections connections, $seconds s"
for endpoint in ${ENDPOINTS:-feedback plans}; do
  TOKENS=$tokens wrk -t2 -c"$connections" -d"${WARMUP_SECONDS:-30}s" -s "scripts/wrk/$endpoint.lua" "http://127.0.0.1:$port" >/dev/null
  pg=$(postgres_pids)
  jvm0=$(cpu_ticks "$pid"); pg0=$(cpu_ticks $pg); threads >"$data/threads0"; sys0=$(kernel_ticks "$pid")
  out=$(TOKENS=$tokens wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "scripts/wrk/$endpoint.lua" "http://127.0.0.1:$port")
  jvm1=$(cpu_ticks "$pid"); pg1=$(cpu_ticks $pg); threads >"$data/threads1"; sys1=$(kernel_ticks "$pid")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  rates="$rates $endpoint=$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
  hz=$(getconf CLK_TCK)
  echo; echo "### $endpoint"
  echo "$out" | grep -E "50%|90%|99%|Requests/sec|errors"
  awk -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v n="$requests" -v hz="$hz" 'BEGIN {
    printf "CPU per request: JVM %.3f ms, PostgreSQL %.3f ms (%d requests)\n", 1000*j/hz/n, 1000*p/hz/n, n }'
  awk -v s=$((sys1 - sys0)) -v n="$requests" -v hz="$hz" 'BEGIN { printf "  of which JVM kernel time: %.3f ms\n", 1000*s/hz/n }'
  join "$data/threads0" "$data/threads1" | awk -v n="$requests" -v hz="$hz" \
    '{ printf "  JVM %s threads: %.3f ms per request\n", $1, 1000 * ($3 - $2) / hz / n }'
  if [ -n "$jfr_tool" ]; then # a second run, recorded: the CPU figures above carry no profiling overhead
    "$jcmd" "$pid" JFR.start name="$endpoint" settings=profile filename="$data/$endpoint.jfr" >/dev/null
    TOKENS=$tokens wrk -t2 -c"$connections" -d"${seconds}s" -s "scripts/wrk/$endpoint.lua" "http://127.0.0.1:$port" >/dev/null
    "$jcmd" "$pid" JFR.stop name="$endpoint" >/dev/null
    "$jfr_tool" print --events jdk.ExecutionSample --stack-depth 512 "$data/$endpoint.jfr" | scripts/lib/jfr_shares.py
    cp "$data/$endpoint.jfr" "${PROFILE_OUT:-target}/$endpoint.jfr" 2>/dev/null || true
  fi
done

# The floors, on the same PostgreSQL in the same run: a durable single-row insert, and the very statement
# a feedback sends (scripts/pgbench/feedback.sql), as the request pool's role with a user's claims.
if [ "${PGBENCH:-1}" = 1 ]; then
  needs pgbench:postgresql-client psql:postgresql-client
  psql -q -h 127.0.0.1 -p "$db_port" -U postgres \
    -c "create table if not exists bench_floor (id bigserial primary key, user_id text, at timestamptz default now())"
  floor=$(pgbench -n -h 127.0.0.1 -p "$db_port" -U postgres -c 10 -j 2 -T 20 -f scripts/pgbench/insert.sql postgres \
    | awk '/^tps/ {print $3}')
  same=$(pgbench -n -h 127.0.0.1 -p "$db_port" -U tailor_app -c 10 -j 2 -T 20 -f scripts/pgbench/feedback.sql postgres \
    | awk '/^tps/ {print $3}')
  echo; echo "### floors (pgbench, 10 clients, 20 s each)"
  echo "single-row insert: $floor tps; the feedback statement as tailor_app: $same tps"
  for rate in $rates; do
    awk -v r="${rate#*=}" -v f="$floor" -v s="$same" -v e="${rate%%=*}" \
      'BEGIN { printf "%s: %.0f req/s = %.3f of the insert floor, %.2f of the feedback statement\n", e, r, r/f, r/s }'
  done
fi
