# Installs the Debian packages a measuring script needs and the machine lacks, in one apt-get run.
#   needs wrk pgbench:postgresql-client psql:postgresql-client jq
# Each argument is a command, or command:package when the package is named otherwise.
needs() {
  local missing="" spec command package
  for spec in "$@"; do
    command=${spec%%:*}
    package=${spec#*:}
    command -v "$command" >/dev/null || [ -x "/usr/sbin/$command" ] || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    echo "installing with apt-get:$missing" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
}
