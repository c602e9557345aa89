#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# A CPU profile of the gateway and evaluation-service while one benchmark runs (docs/benchmarks.md):
#   scripts/profile.sh                                   answers answersPerLeg=5000 answerWorkers=16
#   scripts/profile.sh mixed answersPerLeg=5000          any arguments of scripts/bench.sh
# Runs STARTS=1 scripts/bench.sh --no-build with the arguments; once the system is up, records JFR's CPU-time
# samples (scripts/lib/cpu-time.jfc) in both processes and reads every thread's CPU time from /proc at the start and
# every 2 s until the benchmark ends. Writes to .local-profile/<time>/: bench.log, <service>.jfr, and summary.md:
# each process's CPU by thread group, and where its samples are (scripts/lib/jfr-cpu-summary.py).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/jdk.sh
source "${ROOT}/scripts/lib/jdk.sh"
# shellcheck source=lib/system.sh
source "${ROOT}/scripts/lib/system.sh"
cd "$ROOT"

(( $# > 0 )) || set -- answers answersPerLeg=5000 answerWorkers=16
OUT="${ROOT}/.local-profile/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
PROFILED=(gateway evaluation-service)

STARTS=1 "${ROOT}/scripts/bench.sh" --no-build "$@" >"${OUT}/bench.log" 2>&1 &
BENCH_PID=$!
trap 'kill -TERM "$BENCH_PID" 2>/dev/null || true' INT TERM

until grep -q '^start 1:' "${OUT}/bench.log" 2>/dev/null; do
  kill -0 "$BENCH_PID" 2>/dev/null || { tail -n 40 "${OUT}/bench.log" >&2; exit 1; }
  sleep 1
done

# thread_times <pid> <file> — every thread's name and CPU ticks (user + system) from /proc, in one awk for all
# threads: it runs every 2 s on the cores the benchmark measures.
thread_times() {
  # The name is what stands between the first "(" and the last ")"; utime and stime are fields 14 and 15 of the
  # line, 12 and 13 after the name. cat skips a thread that ended meanwhile, where awk would stop at it.
  cat /proc/"$1"/task/*/stat 2>/dev/null | awk '{
    first = index($0, "("); last = first
    for (i = first; i <= length($0); i++) if (substr($0, i, 1) == ")") last = i
    split(substr($0, last + 2), f, " ")
    print substr($0, first + 1, last - first - 1) "\t" f[12] + f[13]
  }' >"$2.tmp" || true
  mv "$2.tmp" "$2"
}

declare -A PIDS
for service in "${PROFILED[@]}"; do
  pid="$(service_pid "$service")"
  [[ -n "$pid" ]] || { echo "${service} is not running" >&2; exit 1; }
  PIDS[$service]="$pid"
  jcmd "$pid" JFR.start name=cpu settings="${ROOT}/scripts/lib/cpu-time.jfc" dumponexit=true \
    filename="${OUT}/${service}.jfr" >/dev/null
  thread_times "$pid" "${OUT}/${service}.start"
done
echo "Profiling ${PROFILED[*]} while the benchmark runs (log: ${OUT#"${ROOT}/"}/bench.log)..."

while kill -0 "$BENCH_PID" 2>/dev/null && ! grep -q '^Total RSS' "${OUT}/bench.log"; do
  for service in "${PROFILED[@]}"; do
    kill -0 "${PIDS[$service]}" 2>/dev/null && thread_times "${PIDS[$service]}" "${OUT}/${service}.end"
  done
  sleep 2
done
wait "$BENCH_PID" || { tail -n 40 "${OUT}/bench.log" >&2; exit 1; }

{
  echo "# CPU profile: scripts/bench.sh $*"
  echo
  grep -E '^\| (leg|---|[0-9]+ )|^Gateway / direct|^Total RSS' "${OUT}/bench.log" || true
  for service in "${PROFILED[@]}"; do
    echo
    echo "## ${service}"
    python3 "${ROOT}/scripts/lib/jfr-cpu-summary.py" "${OUT}/${service}.jfr" "${OUT}/${service}.start" \
      "${OUT}/${service}.end" "$(getconf CLK_TCK)"
  done
} >"${OUT}/summary.md"
cat "${OUT}/summary.md"
echo
echo "Profile: ${OUT#"${ROOT}/"}/summary.md"
