# shellcheck shell=bash
# How the local system's processes are started: by scripts/run-local.sh, and one at a time again by
# scripts/faults.sh after it killed one. Each function starts the process in the background of the calling shell
# (so $! is its pid afterwards) and appends its output to the given log. Needs ROOT and a java on the PATH
# (scripts/lib/jdk.sh). What the system is made of (services, ports, version) is in scripts/lib/system.sh.

# shellcheck source=system.sh
source "${ROOT}/scripts/lib/system.sh"

# The JVM options of the infrastructure's process; SANGANG_INFRA_JAVA_OPTS replaces them. A small initial heap
# (-Xms16m) lets each heap grow only as far as its load needs (without it, the initial heap is the whole -Xmx, and
# the collector touches all of it); compact object headers (JDK 25) make every object 4 bytes smaller. Both
# together: 1.77 GB → 1.48 GB total RSS after start, 1.95 → 1.70 GB after the answers benchmark, the same rates
# (docs/benchmarks.md).
INFRA_JAVA_OPTS="${SANGANG_INFRA_JAVA_OPTS:--Xms16m -Xmx192m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders}"

# start_infra <home> <kafka port> <controller port> <mongo port> <log> [kafka|mongo]
# Both parts in one process, or only the one named. Ready when the log has a line starting "local-infra ready".
start_infra() {
  # shellcheck disable=SC2086 # the options are words on purpose
  java ${INFRA_JAVA_OPTS} -jar "${ROOT}/${SANGANG_LOCAL_INFRA_JAR}" "$1" "$2" "$3" "$4" ${6:+"$6"} >>"$5" 2>&1 &
}

# service_jar <module>
service_jar() {
  printf '%s\n' "${ROOT}/$1/target/$1-${SANGANG_VERSION}.jar"
}

# The JVM options of every service, as the infrastructure's above; SANGANG_SERVICE_JAVA_OPTS replaces them (the
# benchmarks compare settings). C1 only (-XX:TieredStopAtLevel=1): C2 raised the direct answer rate but not the
# gateway's, and cost 80% more start-up CPU and 240–330 MB more RSS (docs/benchmarks.md). 8 carriers for the
# virtual threads, not one per core: on 2 cores, two virtual threads pinned while they wait (in a class initialiser,
# in native code) would stop every request of a service; the browser tests saw pledge-service stop answering
# twice, cause not yet proven.
SERVICE_JAVA_OPTS="${SANGANG_SERVICE_JAVA_OPTS:--Xms16m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+UseCompactObjectHeaders -Djdk.virtualThreadScheduler.parallelism=8}"

# The JDK's ahead-of-time cache of each service (JEP 483, 514, 515): the classes a start loads and links, and the
# methods' profiles, written by one training run, so that a later start skips most of that work. The cache needs the
# jar extracted (classes in a Boot jar's nested jars are not cached) and fits one jar and one set of JVM options.
# SANGANG_AOT=0 starts every service from its Boot jar, as before.
aot_dir() {
  printf '%s\n' "${ROOT}/$1/target/aot"
}

# aot_ready <module> — true when the service has a cache trained on its current jar with the current options.
aot_ready() {
  local dir
  dir="$(aot_dir "$1")"
  [[ "${SANGANG_AOT:-1}" != 0 && -f "${dir}/app.aot" && "${dir}/app.aot" -nt "$(service_jar "$1")" &&
    "$(cat "${dir}/options" 2>/dev/null)" == "${SERVICE_JAVA_OPTS}" ]]
}

# train_service <module> <home> <seed json> <log> — extracts the jar and starts the service once on any free port,
# against the running infrastructure, to the end of its start-up (spring.context.exit=onRefresh), which writes the
# cache; run it in the background and wait for it. Without a cache afterwards the service starts from its jar.
train_service() {
  local dir
  dir="$(aot_dir "$1")"
  rm -rf "$dir" && mkdir -p "$dir"
  java -Djarmode=tools -jar "$(service_jar "$1")" extract --destination "${dir}/app" >>"$4" 2>&1 || return 0
  # shellcheck disable=SC2086 # the options are words on purpose
  SANGANG_HOME="$2" SANGANG_DEMO_SEED="$3" \
    java ${SERVICE_JAVA_OPTS} -XX:AOTCacheOutput="${dir}/app.aot" -Dspring.context.exit=onRefresh \
      -jar "${dir}/app/$1-${SANGANG_VERSION}.jar" --spring.profiles.active=local,demo --server.port=0 >>"$4" 2>&1 || true
  printf '%s\n' "${SERVICE_JAVA_OPTS}" >"${dir}/options"
}

# start_service <module> <port> <home> <seed json> <log> — from its cache when aot_ready, else from its Boot jar.
start_service() {
  local launch=(-jar "$(service_jar "$1")")
  if aot_ready "$1"; then
    launch=(-XX:AOTCache="$(aot_dir "$1")/app.aot" -jar "$(aot_dir "$1")/app/$1-${SANGANG_VERSION}.jar")
  fi
  # shellcheck disable=SC2086 # the options are words on purpose
  SANGANG_HOME="$3" SANGANG_DEMO_SEED="$4" \
    java ${SERVICE_JAVA_OPTS} "${launch[@]}" \
      --spring.profiles.active=local,demo --server.port="$2" >>"$5" 2>&1 &
}

# start_local_system <log> — scripts/run-local.sh --no-build in the background (LOCAL_SYSTEM_PID), with the caller's
# environment; returns once it says "Running." (every service healthy), exits 1 with its log's tail when it does not
# within LOCAL_SYSTEM_START_TIMEOUT seconds (default 240) or stops first.
start_local_system() {
  "${ROOT}/scripts/run-local.sh" --no-build >"$1" 2>&1 &
  LOCAL_SYSTEM_PID=$!
  local waited
  for ((waited = 0; waited < ${LOCAL_SYSTEM_START_TIMEOUT:-240}; waited++)); do
    grep -q '^Running\.' "$1" 2>/dev/null && return 0
    kill -0 "$LOCAL_SYSTEM_PID" 2>/dev/null || break
    sleep 1
  done
  echo "The local system did not start; its log follows." >&2
  tail -n 60 "$1" >&2
  exit 1
}

# stop_local_system — stops what start_local_system started, if it still runs, and waits for it.
stop_local_system() {
  if [[ -n "${LOCAL_SYSTEM_PID:-}" ]] && kill -0 "$LOCAL_SYSTEM_PID" 2>/dev/null; then
    # TERM, not INT: a background job of a non-interactive shell ignores SIGINT.
    kill -TERM "$LOCAL_SYSTEM_PID" 2>/dev/null || true
    wait "$LOCAL_SYSTEM_PID" 2>/dev/null || true
  fi
  LOCAL_SYSTEM_PID=""
}
