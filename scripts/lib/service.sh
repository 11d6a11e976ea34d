# Sourced by the benchmark scripts: starts the packaged service on a fresh data directory (ports
# 18080 / 54399, loopback), waits until it is healthy, and stops it and removes the data on exit.
# JAR chooses the jar (default target/tailor.jar) and JAVA the java command, to measure two builds or
# two JDKs back to back (by default a JDK 21+ found by scripts/lib/java.sh).
# Sets: data, port, db_port, pid, service_opts, jar; exports TAILOR_DATA_DIR. Stops with the log's tail
# when the service is not healthy within a minute.
. scripts/lib/java.sh
. scripts/lib/watch.sh
jar=${JAR:-target/tailor.jar}
[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
data=$(mktemp -d)
port=18080
db_port=54399
service_opts=${SERVICE_OPTS:--Xmx256m -XX:+UseSerialGC}
export TAILOR_DATA_DIR=$data
SERVER_PORT=$port TAILOR_EMBEDDED_DB_PORT=$db_port ${JAVA:-java} $service_opts -jar "$jar" >"$data/service.log" 2>&1 &
pid=$!
# Under the callers' `set -e` a failing step would end the trap early: `wait` returns the service's exit
# status (143 after the kill), which left every run's data (~0.7 GB) behind. So no step may fail here, and
# the directory goes only once the embedded PostgreSQL is gone (at most 30 s), not under its shutdown.
stop_service() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  for _ in $(seq 1 60); do pgrep -f "postgres -D $data" >/dev/null || break; sleep 0.5; done
  rm -rf "$data" || true
}
trap stop_service EXIT
wait_for_url 60 "http://127.0.0.1:$port/api/v1/feedback/health" || { tail -20 "$data/service.log" >&2; exit 1; }
