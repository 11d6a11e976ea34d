# Sourced by the scripts that start the packaged service: sets JAVA to a java of JDK 21 or newer, the
# project's floor (pom.xml): the one given as JAVA, else `java` on the PATH when it is new enough, else
# the newest under /usr/lib/jvm. Stops with a message when there is none.
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA:-}" ]; then
  for candidate in java $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    command -v "$candidate" >/dev/null || continue
    if [ "$(java_feature "$candidate")" -ge 21 ] 2>/dev/null; then JAVA=$candidate; break; fi
  done
fi
[ -n "${JAVA:-}" ] || { echo "no JDK 21 or newer found: install one, or set JAVA=/path/to/bin/java" >&2; exit 1; }
export JAVA
