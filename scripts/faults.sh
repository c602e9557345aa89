#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The fault drill of docs/reliability.md against a fresh local system in .local-faults/ (the demo data in .local/
# is left alone). Steady traffic goes through the gateway (bench/: DrillTraffic — public survey answers, pledge
# ledger progress entries, model-post assessments that grant rewards) while, one after another:
#   1. the Kafka broker is killed (-9) and kept down for KAFKA_DOWN seconds (default 30), then restarted;
#   2. each service and the gateway is killed (-9) mid-flight and restarted;
#   3. the store (MongoDB-wire) is stopped and restarted.
# Then DrillCheck waits for the system to catch up and checks: writes acknowledged vs found, events published vs
# applied, and that no effect (answer counted, ledger entry, reward) happened twice. Exit 1 if a check fails.
#
#   scripts/faults.sh               build, then the whole drill (about 7 minutes on 2 cores)
#   scripts/faults.sh --no-build    on what is built
#   scripts/faults.sh --quick       broker down 30 s, evaluation-service and pledge-service killed, store restarted
#
# Ports as scripts/run-local.sh; refuses to start when they are taken. The report is printed and kept in
# .local-faults/report.md; every process's log is in .local-faults/logs/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/jdk.sh
source "${ROOT}/scripts/lib/jdk.sh"
# shellcheck source=lib/local-system.sh
source "${ROOT}/scripts/lib/local-system.sh"
cd "$ROOT"

BUILD=1
QUICK=0
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --quick) QUICK=1 ;;
    *) echo "usage: scripts/faults.sh [--no-build] [--quick]" >&2; exit 2 ;;
  esac
done
KAFKA_DOWN="${KAFKA_DOWN:-30}"
SERVICES=("${SANGANG_SERVICES[@]}")
# The drill's order of kills: the last two services first, the gateway last.
KILLED=("evaluation-service" "pledge-service" "post-service" "zone-service" "gateway")
(( QUICK )) && KILLED=("evaluation-service" "pledge-service")

HOME_DIR="${ROOT}/.local-faults"
LOGS="${HOME_DIR}/logs"
SEED="${ROOT}/local/demo-bureaus.json"
BENCH_JAR="$SANGANG_BENCH_JAR"
JOURNAL="${HOME_DIR}/journal.txt"
STOP_FILE="${HOME_DIR}/stop-traffic"

for port in $(system_ports); do
  if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    echo "Port ${port} is in use (a running local system?); stop it first." >&2
    exit 1
  fi
done
if (( BUILD )); then
  echo "Building (mvn -B -ntp -q install -DskipTests)..."
  mvn -B -ntp -q install -DskipTests
fi
rm -rf "$HOME_DIR"
mkdir -p "$LOGS"

# The gateway's per-address and per-account limits would refuse the drill's one-machine traffic.
export SANGANG_GATEWAY_EDGE_LOGINSPERMINUTE=100000
export SANGANG_GATEWAY_EDGE_PUBLICWRITESPERMINUTE=100000000
export SANGANG_GATEWAY_EDGE_ACCOUNTWRITESPERMINUTE=100000000
# So would evaluation-service's ticket quota per network and day; the tickets' proof of work costs the client only
# and goes down from 17 to 8 bits, so the drill's traffic leaves the CPU to the services under test.
export SANGANG_EVALUATION_BALLOTS_PERPREFIX=100000000 SANGANG_EVALUATION_BALLOTS_POWBITS=8
# Tickets fetched before a restart must still be genuine after it, as with a Secret in production.
export SURVEY_TICKET_SECRET="fault-drill-ticket-secret-0123456789"

declare -A PID
TRAFFIC_PID=""

say() { echo "[faults $(date -u +%H:%M:%S)] $*"; }

# shellcheck disable=SC2317 # called by the EXIT trap
stop_everything() {
  local pid
  if [[ -n "$TRAFFIC_PID" ]]; then kill -TERM "$TRAFFIC_PID" 2>/dev/null || true; fi
  for pid in "${PID[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 5
  for pid in "${PID[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_everything EXIT

start_part() {  # kafka|mongo
  local log="${LOGS}/$1.log" marks
  marks="$(grep -c "^local-infra ready" "$log" 2>/dev/null || true)"
  start_infra "$HOME_DIR" "$SANGANG_KAFKA_PORT" "$SANGANG_KAFKA_CONTROLLER_PORT" "$SANGANG_MONGO_PORT" "$log" "$1"
  PID[$1]=$!
  for _ in $(seq 1 120); do
    (( $(grep -c "^local-infra ready" "$log" 2>/dev/null || true) > ${marks:-0} )) && return 0
    sleep 0.5
  done
  echo "$1 did not start; see ${log}" >&2
  exit 1
}

start_named_service() {  # module
  local entry
  for entry in "${SERVICES[@]}"; do
    if [[ "${entry%%:*}" == "$1" ]]; then
      start_service "$1" "${entry##*:}" "$HOME_DIR" "$SEED" "${LOGS}/$1.log"
      PID[$1]=$!
      wait_healthy "$1" "${entry##*:}"
      return 0
    fi
  done
}

wait_healthy() {  # module port
  for _ in $(seq 1 180); do
    if curl -fsS --max-time 2 "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      return 0
    fi
    kill -0 "${PID[$1]}" 2>/dev/null || { echo "$1 exited; see ${LOGS}/$1.log" >&2; exit 1; }
    sleep 1
  done
  echo "$1 not healthy after 180 s" >&2
  exit 1
}

say "starting the broker, the store and the services in ${HOME_DIR#"${ROOT}/"}"
start_part kafka
start_part mongo
for entry in "${SERVICES[@]}"; do
  start_service "${entry%%:*}" "${entry##*:}" "$HOME_DIR" "$SEED" "${LOGS}/${entry%%:*}.log"
  PID[${entry%%:*}]=$!
done
for entry in "${SERVICES[@]}"; do wait_healthy "${entry%%:*}" "${entry##*:}"; done

say "traffic starts (log ${LOGS#"${ROOT}/"}/traffic.log)"
java -Xmx256m -jar "$BENCH_JAR" drill-traffic "$JOURNAL" "$STOP_FILE" >"${LOGS}/traffic.log" 2>&1 &
TRAFFIC_PID=$!
for _ in $(seq 1 120); do
  grep -q '^setup ' "$JOURNAL" 2>/dev/null && break
  kill -0 "$TRAFFIC_PID" 2>/dev/null || { cat "${LOGS}/traffic.log" >&2; exit 1; }
  sleep 1
done
grep -q '^setup ' "$JOURNAL" || { echo "the drill's set-up did not finish" >&2; exit 1; }
sleep 10

say "1. Kafka broker killed (-9) for ${KAFKA_DOWN} s"
# The braces keep bash's "Killed" notice of its own job out of the output.
{ kill -KILL "${PID[kafka]}" && wait "${PID[kafka]}"; } 2>/dev/null || true
sleep "$KAFKA_DOWN"
start_part kafka
say "   broker back"
sleep 15

for name in "${KILLED[@]}"; do
  say "2. ${name} killed (-9) mid-flight"
  { kill -KILL "${PID[$name]}" && wait "${PID[$name]}"; } 2>/dev/null || true
  sleep 2
  start_named_service "$name"
  say "   ${name} back and healthy"
  sleep 10
done

say "3. store stopped and restarted"
kill -TERM "${PID[mongo]}"
wait "${PID[mongo]}" 2>/dev/null || true
start_part mongo
say "   store back"
sleep 15

touch "$STOP_FILE"
wait "$TRAFFIC_PID" || true
TRAFFIC_PID=""
say "traffic stopped: $(grep -c '^answer ' "$JOURNAL") answers, $(grep -c '^progress ' "$JOURNAL") progress entries, $(grep -c '^assessment ' "$JOURNAL") assessments acknowledged"
say "checking (waits up to 180 s for the system to catch up)"
set +e
java -Xmx256m -jar "$BENCH_JAR" drill-check "$JOURNAL" | tee "${HOME_DIR}/report.md"
status=${PIPESTATUS[0]}
set -e
say "drill $( ((status == 0)) && echo passed || echo FAILED )"
exit "$status"
