# Sourced by the benchmark scripts after scripts/lib/service.sh: `gatling SIMULATION [-Dname=value ...]`
# runs io.tailor.load.SIMULATION (src/gatling/java) against that service with the Gatling Maven plugin,
# then prints the report's per-request table and where the HTML report is. The log goes to $data, and
# its tail to the terminal when the run fails (a failed request fails the run).
gatling() {
  local simulation=$1
  shift
  local log
  log=$(mktemp "$data/gatling-$simulation-XXXX.log")
  if ! ./mvnw -B -ntp -q toolchains:select-jdk-toolchain gatling:test -Dgatling.simulationClass="io.tailor.load.$simulation" \
    -Dbase.url="http://127.0.0.1:$port" "$@" >"$log" 2>&1; then
    tail -n 40 "$log"
    return 1
  fi
  local report
  report=$(sed -n 's|^Reports generated, please open the following file: file://\(.*\)/index.html$|\1|p' "$log")
  python3 scripts/lib/gatling_table.py "$report"
  echo "report: $report/index.html"
}
