# Sourced by the scripts that wait for a service or a process, or count the CPU time of processes: one
# bounded wait and one reading of /proc for all of them.

# wait_until <seconds> <what> <command...>: runs the command every 0.1 s until it succeeds; after <seconds>
# it fails, naming what it waited for.
wait_until() {
  local seconds=$1 what=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "gave up after ${seconds}s waiting for $what" >&2; return 1; }
    sleep 0.1
  done
}

# url_ok <url>: the URL answers 2xx within a second.
url_ok() { curl -sf -m 1 -o /dev/null "$1"; }

# wait_for_url <seconds> <url>: waits until the URL answers 2xx.
wait_for_url() { wait_until "$1" "$2" url_ok "$2"; }

# alive <pid>: the process is running. ended <pid...>: all of them are gone.
alive() { kill -0 "$1" 2>/dev/null; }
ended() {
  local pid
  for pid in "$@"; do ! alive "$pid" || return 1; done
}

# cpu_ticks <pid or pid/task/tid...>: user + system CPU time so far of these processes (or threads), in
# clock ticks (getconf CLK_TCK a second); one that has ended counts 0. The fields are counted after the
# command name's closing parenthesis, as the name may hold spaces (JVM threads: "GC Thread#0").
cpu_ticks() {
  local pid total=0
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo "$total"
}

# kernel_ticks <pid>: the system part of cpu_ticks.
kernel_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $13}'; }
