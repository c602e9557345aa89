#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The browser tests (web/e2e, Playwright in Debian's headless Chromium) against the whole local system: starts it
# with scripts/run-local.sh --no-build (so build first: scripts/test.sh does), waits until every service is
# healthy, runs the tests, stops the system. Screenshots of the key pages land in web/e2e-artifacts/screenshots.
#
#   scripts/e2e.sh                      all browser tests
#   scripts/e2e.sh e2e/county.spec.ts   some of them (arguments go to playwright test)
#
# Exit code: Playwright's (1 as well when the system does not start).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL_SYSTEM_START_TIMEOUT=240   # seconds until run-local.sh says every service is healthy
# shellcheck source=lib/browser-tools.sh
source "${ROOT}/scripts/lib/browser-tools.sh"
# shellcheck source=lib/local-system.sh
source "${ROOT}/scripts/lib/local-system.sh"
cd "$ROOT"
ensure_browser_tools

# A home of its own, emptied first: the tests expect the demo seed, not what an earlier run or a developer's own
# run-local.sh left in .local/ (web/e2e/tokens.ts reads the keys from it too).
export SANGANG_LOCAL_HOME="${ROOT}/.local/e2e"
rm -rf "$SANGANG_LOCAL_HOME"
mkdir -p "$SANGANG_LOCAL_HOME"
SYSTEM_LOG="${SANGANG_LOCAL_HOME}/system.log"
# Every browser test signs in from this one address; the gateway's login limit (10 a minute per address, tested
# in the gateway's own suite) would only make them wait. The security sweep also sends every write once more with
# no token under a public route (/public/…/..;/api/…), which the gateway counts as a public write (30 a minute per
# address, also tested there): a 429 would hide the answer the sweep checks.
export SANGANG_GATEWAY_EDGE_LOGINSPERMINUTE=600 SANGANG_GATEWAY_EDGE_PUBLICWRITESPERMINUTE=600
# One start after a fresh build does not repay training the services' AOT caches (about 80 s, docs/configuration.md):
# the tests start the services from their jars.
export SANGANG_AOT=0
trap stop_local_system EXIT
echo "Starting the local system for the browser tests (log: ${SYSTEM_LOG})"
started=$SECONDS
start_local_system "$SYSTEM_LOG"
echo "System up after $((SECONDS - started)) s; running the browser tests"

# What the system saw while the tests failed, printed where CI shows it: the services' logs stay on the machine.
report_failure() {
  local logs="${SANGANG_LOCAL_HOME}/logs"
  echo
  echo "== The gateway's answers of 5xx or slower than 3 s (of $(grep -c ' access ' "${logs}/gateway.log") requests):"
  grep ' access ' "${logs}/gateway.log" | grep -v ' /actuator/health ' | grep -E ' (5[0-9][0-9] [0-9]+ms|[0-9]+ ([3-9][0-9]{3}|[0-9]{5,})ms) ' |
    sed -E 's/^([^ ]+) .* access +: /\1 /' | cut -c1-220 | tail -n 40 || true
  echo "== Warnings and errors of the services after start-up:"
  grep -hE '^[0-9T:.-]+Z +(WARN|ERROR) ' "${logs}"/*-service.log "${logs}/gateway.log" |
    grep -vE '\[ +main\]' | cut -c1-260 | tail -n 40 || true
  # A service that stopped answering logs nothing; its threads say where it waits.
  echo "== Threads of each process that does not answer its health check within 5 s:"
  local entry module port pid
  for entry in "${SANGANG_SERVICES[@]}"; do
    module="${entry%%:*}"
    port="${entry##*:}"
    curl -fsS -m 5 -o /dev/null "http://127.0.0.1:${port}/actuator/health" 2>/dev/null && continue
    pid="$(service_pid "$module")"
    echo "-- ${module} (pid ${pid:-gone})"
    # Thread.print, not Thread.dump_to_file: on JDK 25.0.3 the latter crashed a service here (SIGSEGV in its thread
    # snapshot). Thread.print shows the carrier threads and the virtual threads mounted on them.
    if [[ -n "$pid" ]] && jcmd "$pid" Thread.print >"${logs}/${module}-threads.txt"; then
      grep -v '^$' "${logs}/${module}-threads.txt" | cut -c1-200 | head -n 600 || true
    fi
  done
}

cd web
rm -rf e2e-artifacts
status=0
E2E_BASE_URL="${E2E_BASE_URL:-http://localhost:${SANGANG_GATEWAY_PORT}}" npx playwright test "$@" || status=$?
[[ $status -eq 0 ]] || report_failure
exit "$status"
