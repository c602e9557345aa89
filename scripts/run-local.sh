#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Runs the whole local system from a fresh clone, without Docker: a real Kafka broker and a MongoDB-wire store
# (platform/local-infra, one process) and every service of scripts/lib/system.sh (one process each), all on embedded
# defaults, with data, keys and logs under .local/ in the repository root (gitignored; SANGANG_LOCAL_HOME=<dir>
# keeps them elsewhere, as the benchmarks and the fault drill do to leave the demo data alone).
#
#   scripts/run-local.sh              build everything once (mvn install -DskipTests), then start
#   scripts/run-local.sh --no-build   start what is already built
#
# Each service gets SANGANG_HOME=<abs .local>, SANGANG_DEMO_SEED=<abs local/demo-bureaus.json, or SANGANG_SEED>,
# --spring.profiles.active=local,demo and --server.port=<its port in SERVICES>.
# Refuses to start when a port is taken.
# Prints what runs where, the demo accounts (and tokens for direct service calls in .local/demo-tokens.txt),
# then waits.
# Ctrl-C stops the services first, then the infrastructure.
set -euo pipefail

INFRA_READY_TIMEOUT=60     # seconds until the infra prints "local-infra ready"
# seconds until every service reports UP: five JVMs and a broker starting at once on two cores take 40–90 s; a seed
# of many bureaus takes longer (SANGANG_SEED; zone-service seeds about one bureau per 2 s)
HEALTH_TIMEOUT="${SANGANG_HEALTH_TIMEOUT:-180}"
STOP_GRACE=15              # seconds between SIGTERM and SIGKILL

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  echo "usage: scripts/run-local.sh [--no-build]"
}

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

# shellcheck source=lib/jdk.sh
source "${ROOT}/scripts/lib/jdk.sh"
# shellcheck source=lib/local-system.sh
source "${ROOT}/scripts/lib/local-system.sh"
cd "$ROOT"

# <module>:<port> of each service to start (in parallel), as scripts/lib/system.sh lists them.
SERVICES=("${SANGANG_SERVICES[@]}")
KAFKA_PORT="$SANGANG_KAFKA_PORT"
KAFKA_CONTROLLER_PORT="$SANGANG_KAFKA_CONTROLLER_PORT"
MONGO_PORT="$SANGANG_MONGO_PORT"

if ! command -v curl >/dev/null 2>&1; then
  echo "curl not found; it is needed to check the services' health (e.g. apt-get install curl)." >&2
  exit 1
fi

LOCAL_HOME="$(mkdir -p "${SANGANG_LOCAL_HOME:-${ROOT}/.local}" && cd "${SANGANG_LOCAL_HOME:-${ROOT}/.local}" && pwd)"
LOG_DIR="${LOCAL_HOME}/logs"
# SANGANG_SEED=<file> seeds other bureaus (the scaling benchmark's); the demo accounts and tokens follow it.
SEED="$(realpath "${SANGANG_SEED:-${ROOT}/local/demo-bureaus.json}")"
INFRA_JAR="${SANGANG_LOCAL_INFRA_JAR}"
INFRA_LOG="${LOG_DIR}/infra.log"
TOKENS_FILE="${LOCAL_HOME}/demo-tokens.txt"
# The gateway's demo profile gives every demo account this password (sangang.gateway.demo.password).
DEMO_PASSWORD="${SANGANG_DEMO_PASSWORD:-Sangang-2026}"
export SANGANG_DEMO_PASSWORD="$DEMO_PASSWORD"

INFRA_PID=""
SERVICE_NAMES=()
SERVICE_PORTS=()
SERVICE_PIDS=()
STOPPED=0

now_ms() {
  local t="${EPOCHREALTIME:-}"
  if [[ -n "$t" ]]; then
    t="${t/[.,]/}"
    echo $(( t / 1000 ))
  else
    echo $(( $(date +%s) * 1000 ))
  fi
}

rel() {  # a path relative to the repository root, for messages
  printf '%s\n' "${1#"${ROOT}/"}"
}

alive() {
  [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null
}

# Prints who listens on port $1 (empty if nobody).
port_user() {
  local port="$1" out=""
  if command -v ss >/dev/null 2>&1; then
    out="$(ss -ltnpH "sport = :${port}" 2>/dev/null || true)"
  elif (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    out="something accepts connections on 127.0.0.1:${port}"
  fi
  printf '%s' "$out"
}

check_ports() {
  local entry port busy=0 who
  local ports=("${KAFKA_PORT}:Kafka" "${KAFKA_CONTROLLER_PORT}:Kafka controller" "${MONGO_PORT}:MongoDB-wire store")
  for entry in "${SERVICES[@]}"; do
    ports+=("${entry##*:}:${entry%%:*}")
  done
  for entry in "${ports[@]}"; do
    port="${entry%%:*}"
    who="$(port_user "$port")"
    if [[ -n "$who" ]]; then
      echo "Port ${port} (${entry#*:}) is already in use:" >&2
      printf '    %s\n' "$who" >&2
      busy=1
    fi
  done
  if (( busy )); then
    echo "Refusing to start. Stop whatever uses these ports (an earlier run-local.sh?) and try again." >&2
    exit 1
  fi
}

show_log_tail() {  # log file
  echo "---- last 40 lines of $(rel "$1") ----" >&2
  tail -n 40 "$1" >&2 || true
  echo "---- end of $(rel "$1") ----" >&2
}

# Sends SIGTERM to the given pids, waits up to STOP_GRACE seconds, then SIGKILLs what is left.
stop_pids() {
  local pid waited=0 left
  for pid in "$@"; do
    if alive "$pid"; then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  while :; do
    left=()
    for pid in "$@"; do
      if alive "$pid"; then left+=("$pid"); fi
    done
    (( ${#left[@]} == 0 )) && break
    if (( waited >= STOP_GRACE * 5 )); then
      echo "  still running after ${STOP_GRACE} s, killing: ${left[*]}" >&2
      kill -KILL "${left[@]}" 2>/dev/null || true
      break
    fi
    sleep 0.2
    waited=$(( waited + 1 ))
  done
  for pid in "$@"; do
    wait "$pid" 2>/dev/null || true
  done
}

cleanup() {
  (( STOPPED )) && return 0
  STOPPED=1
  trap '' INT TERM   # a second Ctrl-C must not leave processes behind; stopping is bounded by STOP_GRACE
  local running=()
  local i
  for i in "${!SERVICE_PIDS[@]}"; do
    if alive "${SERVICE_PIDS[$i]}"; then running+=("${SERVICE_PIDS[$i]}"); fi
  done
  if (( ${#running[@]} > 0 )); then
    echo "Stopping services (${#running[@]})..."
    stop_pids "${running[@]}"
  fi
  if alive "$INFRA_PID"; then
    echo "Stopping local infra (Kafka, MongoDB-wire store)..."
    stop_pids "$INFRA_PID"
  fi
  if [[ -n "$INFRA_PID" ]]; then
    echo "Everything stopped."
  fi
}

fail() {  # message [log file]
  echo "ERROR: $1" >&2
  if [[ -n "${2:-}" && -f "$2" ]]; then show_log_tail "$2"; fi
  exit 1
}

trap cleanup EXIT
trap 'echo; echo "Received SIGINT."; exit 130' INT
trap 'echo; echo "Received SIGTERM."; exit 143' TERM

# ---- build --------------------------------------------------------------------------------------------
check_ports
echo "Using JDK ${SANGANG_JAVA_VERSION} at ${JAVA_HOME}"
if (( BUILD )); then
  echo "Building all modules (mvn -B -ntp -q install -DskipTests; skip with --no-build)..."
  mvn -B -ntp -q install -DskipTests
fi
[[ -f "$INFRA_JAR" ]] || fail "${INFRA_JAR} not found. Build first: scripts/run-local.sh (without --no-build)."
[[ -f "$SEED" ]] || fail "demo seed $(rel "$SEED") not found."
check_ports   # again: the build may have taken a while

mkdir -p "$LOG_DIR"

# ---- infrastructure -----------------------------------------------------------------------------------
START_MS="$(now_ms)"
echo "Starting local infra (Kafka ${KAFKA_PORT}/${KAFKA_CONTROLLER_PORT}, MongoDB-wire ${MONGO_PORT}), log $(rel "$INFRA_LOG")..."
: >"$INFRA_LOG"
start_infra "$LOCAL_HOME" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$MONGO_PORT" "$INFRA_LOG"
INFRA_PID=$!

deadline=$(( $(now_ms) + INFRA_READY_TIMEOUT * 1000 ))
until grep -q '^local-infra ready' "$INFRA_LOG" 2>/dev/null; do
  alive "$INFRA_PID" || fail "local infra exited during startup." "$INFRA_LOG"
  (( $(now_ms) < deadline )) || fail "local infra not ready after ${INFRA_READY_TIMEOUT} s." "$INFRA_LOG"
  sleep 0.5
done
echo "  $(grep -m1 '^local-infra ready' "$INFRA_LOG")"

# ---- ahead-of-time caches (scripts/lib/local-system.sh), trained once per build -----------------------
TRAIN_MS=0
untrained=()
for entry in "${SERVICES[@]}"; do
  name="${entry%%:*}"
  [[ "${SANGANG_AOT:-1}" != 0 && -f "$(service_jar "$name")" ]] && ! aot_ready "$name" && untrained+=("$name")
done
if (( ${#untrained[@]} )); then
  echo "Training the ahead-of-time cache of ${untrained[*]} (once after each build; logs ${LOG_DIR#"${ROOT}/"}/*-training.log)..."
  train_started="$(now_ms)"
  training=()
  for name in "${untrained[@]}"; do
    log="${LOG_DIR}/${name}-training.log"
    : >"$log"
    train_service "$name" "$LOCAL_HOME" "$SEED" "$log" &
    training+=("$!")
  done
  wait "${training[@]}"
  TRAIN_MS=$(( $(now_ms) - train_started ))
  for name in "${untrained[@]}"; do
    aot_ready "$name" || echo "  ${name}: no cache written; it starts from its jar (see its training log)"
  done
fi

# ---- services -----------------------------------------------------------------------------------------
for entry in "${SERVICES[@]}"; do
  name="${entry%%:*}"
  port="${entry##*:}"
  jar="$(service_jar "$name")"
  [[ -f "$jar" ]] || fail "${name}: ${jar} not found. Build it first: scripts/run-local.sh (without --no-build), or mvn -B -ntp install -DskipTests -pl ${name} -am"
  log="${LOG_DIR}/${name}.log"
  echo "Starting ${name} on port ${port}, log $(rel "$log")..."
: >"$log"
  start_service "$name" "$port" "$LOCAL_HOME" "$SEED" "$log"
  SERVICE_PIDS+=("$!")
  SERVICE_NAMES+=("$name")
  SERVICE_PORTS+=("$port")
done

healthy=()
for i in "${!SERVICE_PIDS[@]}"; do healthy[i]=0; done
deadline=$(( $(now_ms) + HEALTH_TIMEOUT * 1000 ))
while :; do
  all=1
  for i in "${!SERVICE_PIDS[@]}"; do
    (( healthy[i] )) && continue
    name="${SERVICE_NAMES[$i]}"
    alive "${SERVICE_PIDS[$i]}" || fail "${name} exited during startup." "${LOG_DIR}/${name}.log"
    body="$(curl -fsS --max-time 2 "http://127.0.0.1:${SERVICE_PORTS[$i]}/actuator/health" 2>/dev/null || true)"
    if [[ "$body" =~ \"status\"[[:space:]]*:[[:space:]]*\"UP\" ]]; then
      healthy[i]=1
      echo "  ${name} is UP"
    else
      all=0
    fi
  done
  alive "$INFRA_PID" || fail "local infra exited while the services were starting." "$INFRA_LOG"
  (( all )) && break
  if (( $(now_ms) >= deadline )); then
    for i in "${!SERVICE_PIDS[@]}"; do
      (( healthy[i] )) || show_log_tail "${LOG_DIR}/${SERVICE_NAMES[$i]}.log"
    done
    fail "not every service reported UP at /actuator/health within ${HEALTH_TIMEOUT} s."
  fi
  sleep 1
done
ELAPSED_MS=$(( $(now_ms) - START_MS - TRAIN_MS ))

# ---- report -------------------------------------------------------------------------------------------
rss_kb=0
for pid in "$INFRA_PID" ${SERVICE_PIDS[@]+"${SERVICE_PIDS[@]}"}; do
  kb="$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
  rss_kb=$(( rss_kb + ${kb:-0} ))
done

java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dloader.main=cn.sangang.local.DemoTokens -cp "$INFRA_JAR" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$LOCAL_HOME" "$SEED" >"$TOKENS_FILE" \
  || fail "could not mint the demo tokens (DemoTokens)."

echo
echo "Local system is up (repository root: ${ROOT})"
printf '  %-22s %-40s %s\n' "WHAT" "WHERE" "LOG"
printf '  %-22s %-40s %s\n' "Kafka" "127.0.0.1:${KAFKA_PORT}" "$(rel "$INFRA_LOG")"
printf '  %-22s %-40s %s\n' "MongoDB-wire store" "mongodb://127.0.0.1:${MONGO_PORT}" "$(rel "$INFRA_LOG")"
for i in "${!SERVICE_PIDS[@]}"; do
  printf '  %-22s %-40s %s\n' "${SERVICE_NAMES[$i]}" "http://127.0.0.1:${SERVICE_PORTS[$i]}" "$(rel "${LOG_DIR}/${SERVICE_NAMES[$i]}.log")"
done
printf '  %-22s %s\n' "JWT public key" "$(rel "${LOCAL_HOME}/keys/jwt-public.pem")"
printf '  %-22s %s\n' "Direct service tokens" "$(rel "$TOKENS_FILE")"
echo
echo "Processes: $(( 1 + ${#SERVICE_PIDS[@]} )), total RSS $(( rss_kb / 1024 )) MB"
printf 'Infra start to all healthy: %d.%01d s\n' $(( ELAPSED_MS / 1000 )) $(( ELAPSED_MS % 1000 / 100 ))
if (( TRAIN_MS )); then
  printf '  (not counting %d s of training the ahead-of-time caches, which later starts skip)\n' $(( TRAIN_MS / 1000 ))
fi
echo
echo "Demo accounts (log in through the gateway; password for all: ${DEMO_PASSWORD}):"
awk '$1 !~ /^#/ {printf "  %-12s %-10s %-8s %s\n", $1, $2, ($1 == "-" ? "county" : tolower($3)), $4}' "$TOKENS_FILE"
echo
echo "  curl -s -X POST http://localhost:${SANGANG_GATEWAY_PORT}/auth/login -H 'Content-Type: application/json' \\"
echo "       -d '{\"username\":\"tj0006\",\"password\":\"${DEMO_PASSWORD}\"}'"
echo "  Swagger UI: http://localhost:${SANGANG_GATEWAY_PORT}/swagger-ui.html"
echo "  Tokens for calling a service directly (bypassing the gateway): $(rel "$TOKENS_FILE")"
echo
echo "Running. Press Ctrl-C to stop everything."

# ---- run until Ctrl-C or until something dies ---------------------------------------------------------
while :; do
  alive "$INFRA_PID" || fail "local infra stopped unexpectedly." "$INFRA_LOG"
  for i in "${!SERVICE_PIDS[@]}"; do
    alive "${SERVICE_PIDS[$i]}" || fail "${SERVICE_NAMES[$i]} stopped unexpectedly." "${LOG_DIR}/${SERVICE_NAMES[$i]}.log"
  done
  sleep 1
done
