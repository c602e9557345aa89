#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The load benchmarks of docs/benchmarks.md against the local system, started fresh in .local-bench/ (the demo
# data in .local/ is left alone):
#   1. cold start: STARTS times (default 3), a fresh data directory each time — seconds from the infrastructure's
#      start to every service healthy, and the total RSS of the processes, as scripts/run-local.sh reports them;
#   2. on the last start: bench/ (cn.sangang.bench.Bench) with the given arguments, default "all" — public survey
#      answers through the gateway and direct (ratio, rate, latencies, acknowledged vs stored), pledge approved →
#      county feed propagation, and the satisfaction reads with a million stored answers.
#
#   scripts/bench.sh                        build, then everything (about 15 minutes on 2 cores)
#   scripts/bench.sh --no-build answers     only the survey-answer benchmark on what is built
#   STARTS=1 scripts/bench.sh --no-build query storedAnswers=100000
#   BUREAUS=100 STARTS=1 scripts/bench.sh --no-build bureaus    the system seeded with 100 bureaus (copies of the
#                                           demo's first), then one bureau's reads and answers among them
#
# The gateway's per-address and per-account limits and the survey ticket quota per network are raised for the run,
# and the tickets' proof of work made cheaper (one machine plays every client).
# The report is printed and kept in .local-bench/report.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/jdk.sh
source "${ROOT}/scripts/lib/jdk.sh"
# shellcheck source=lib/local-system.sh
source "${ROOT}/scripts/lib/local-system.sh"
cd "$ROOT"

BUILD=1
if [[ "${1:-}" == "--no-build" ]]; then
  BUILD=0
  shift
fi
(( $# > 0 )) || set -- all
STARTS="${STARTS:-3}"
BENCH_HOME="${ROOT}/.local-bench"
REPORT="${BENCH_HOME}/report.md"
BENCH_JAR="$SANGANG_BENCH_JAR"

if (( BUILD )); then
  echo "Building (mvn -B -ntp -q install -DskipTests)..."
  mvn -B -ntp -q install -DskipTests
fi

export SANGANG_LOCAL_HOME="$BENCH_HOME"
export SANGANG_GATEWAY_EDGE_LOGINSPERMINUTE=100000
export SANGANG_GATEWAY_EDGE_PUBLICWRITESPERMINUTE=100000000
export SANGANG_GATEWAY_EDGE_ACCOUNTWRITESPERMINUTE=100000000
# Likewise evaluation-service's ticket quota per network and day; and the tickets' proof of work, a cost on the
# client only (the server checks one hash), goes down from 17 to 8 bits so that fetching thousands of tickets
# beforehand does not take the run's CPU from the services it measures.
export SANGANG_EVALUATION_BALLOTS_PERPREFIX=100000000 SANGANG_EVALUATION_BALLOTS_POWBITS=8

# Start logs and the report's first part live outside BENCH_HOME, which each fresh start deletes.
WORK="$(mktemp -d)"
trap 'stop_local_system; rm -rf "$WORK"' EXIT

if [[ -n "${BUREAUS:-}" ]]; then
  export SANGANG_SEED="${WORK}/bureaus-${BUREAUS}.json"
  java -jar "$BENCH_JAR" seed-bureaus "$BUREAUS" "${ROOT}/local/demo-bureaus.json" "$SANGANG_SEED"
fi

start_fresh() {  # log
  rm -rf "$BENCH_HOME"
  mkdir -p "$BENCH_HOME"
  start_local_system "$1"
}

{
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(uname -sr)"
  echo "JDK ${SANGANG_JAVA_VERSION}; command: ${BUREAUS:+BUREAUS=${BUREAUS} }scripts/bench.sh $*"
  echo
  echo "### Cold start (fresh data directory each time)"
  echo
  echo "| start | infra start → all healthy | total RSS (6 JVMs) | CPU time of the 6 JVMs by then |"
  echo "|---|---|---|---|"
} >"${WORK}/report.md"
for ((i = 1; i <= STARTS; i++)); do
  log="${WORK}/start-${i}.log"
  start_fresh "$log"
  healthy="$(grep -m1 '^Infra start to all healthy' "$log" | sed 's/^Infra start to all healthy: //')"
  rss="$(grep -m1 '^Processes:' "$log" | sed 's/.*total RSS //')"
  # CPU seconds the JVMs used to start: near twice the wall time means both cores were busy the whole start.
  cpu="$(ps -o cputimes= -p "$(pgrep -d, -f 'spring.profiles.active=local,demo|sangang-local-infra')" | awk '{s += $1} END {print s " s"}')"
  echo "| ${i} | ${healthy} | ${rss} | ${cpu} |" >>"${WORK}/report.md"
  echo "start ${i}: ${healthy}, ${rss}, ${cpu} CPU"
  if (( i < STARTS )); then
    stop_local_system
    sleep 2
  fi
done
cp "${WORK}"/start-*.log "$BENCH_HOME/"

java -Xmx512m -jar "$BENCH_JAR" "$@" | tee "${WORK}/bench.md"
{
  echo
  echo "Total RSS of the 6 JVMs after the benchmark: $(ps -o rss= -p "$(pgrep -d, -f 'spring.profiles.active=local,demo|sangang-local-infra')" | awk '{s += $1} END {printf "%d MB", s / 1024}')"
} | tee -a "${WORK}/bench.md"
cat "${WORK}/report.md" "${WORK}/bench.md" >"$REPORT"
echo
echo "Report: ${REPORT#"${ROOT}/"}"
