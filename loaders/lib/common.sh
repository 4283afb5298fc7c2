# Shared by the commands in loaders/: finds a JDK 21+ and builds the project when its sources changed.
# Sourced, not run. Sets JAVA_HOME, PROJECT_ROOT and APP_JAR.

PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP_JAR="$PROJECT_ROOT/target/meeting-search-0.1.0.jar"
TOOLS_JAR="$PROJECT_ROOT/target/tools/meeting-search-tools-0.1.0.jar"
PLUGIN_ZIP="$PROJECT_ROOT/target/analysis-kuromoji-ja-0.1.0.zip"

java_feature_version() { # prints the major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1 || echo 0
}

find_jdk21() {
  local candidates=() c v best="" best_v=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_feature_version "$c/bin/java")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
    # JAVA_HOME wins when it is new enough
    if [ "$c" = "${JAVA_HOME:-}" ] && [ "${v:-0}" -ge 21 ] 2>/dev/null; then best="$c"; break; fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found (looked at JAVA_HOME, the javac on PATH, /usr/lib/jvm, /opt/java, ~/.sdkman)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21) or set JAVA_HOME to it." >&2
    exit 2
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8's Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every run; the warning says nothing about us
  if [ "$best_v" -ge 24 ] 2>/dev/null && [[ "${MAVEN_OPTS:-}" != *sun-misc-unsafe* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "Maven (mvn) is needed: install it (e.g. 'apt-get install maven') and run this again." >&2
    exit 2
  fi
}

# Builds target/ when a jar is missing or older than any source, mapping or pom (of the three modules).
build_if_stale() {
  require_maven
  local stale=""
  if [ ! -f "$APP_JAR" ] || [ ! -f "$TOOLS_JAR" ]; then
    stale=yes
  else
    # the older of the two: a build of the service module alone leaves the tools' copy of it behind
    local oldest="$APP_JAR"
    [ "$TOOLS_JAR" -ot "$APP_JAR" ] && oldest="$TOOLS_JAR"
    if [ -n "$(find "$PROJECT_ROOT/pom.xml" "$PROJECT_ROOT"/src/pom.xml "$PROJECT_ROOT"/src/main \
                 "$PROJECT_ROOT"/src/{plugin,tools}/{pom.xml,main} "$PROJECT_ROOT/mappings" "$PROJECT_ROOT/dashboards" \
                 -newer "$oldest" -type f -print -quit 2>/dev/null)" ]; then
      stale=yes
    fi
  fi
  if [ -n "$stale" ]; then
    echo "Building (mvn package)..." >&2
    local log
    log="$(mktemp)"
    if ! (cd "$PROJECT_ROOT" && mvn -q -B -Dstyle.color=never package -DskipTests) >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "The build failed." >&2
      exit 2
    fi
    rm -f "$log"
  fi
}

# Prints the prefix that runs a program with SIGINT and SIGTERM at their defaults. Signals ignored by whoever
# started us (a background job of a non-interactive shell, some CI runners) stay ignored across exec, a
# non-interactive shell cannot reset them, and the JVM then installs no Ctrl-C/TERM handler: Ctrl-C and kill would
# not stop the service nor the node it started. GNU env (coreutils 8.31+) resets them; elsewhere nothing is printed.
default_signals() {
  if env --default-signal=INT,TERM true >/dev/null 2>&1; then
    echo "env --default-signal=INT,TERM"
  fi
}

