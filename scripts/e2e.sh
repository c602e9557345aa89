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

mkdir -p .local
SYSTEM_LOG="${ROOT}/.local/e2e-system.log"
# Every browser test signs in from this one address; the gateway's login limit (10 a minute per address, tested
# in the gateway's own suite) would only make them wait. The security sweep also sends every write once more with
# no token under a public route (/public/…/..;/api/…), which the gateway counts as a public write (30 a minute per
# address, also tested there): a 429 would hide the answer the sweep checks.
export SANGANG_GATEWAY_EDGE_LOGINSPERMINUTE=600 SANGANG_GATEWAY_EDGE_PUBLICWRITESPERMINUTE=600
trap stop_local_system EXIT
echo "Starting the local system for the browser tests (log: ${SYSTEM_LOG})"
started=$SECONDS
start_local_system "$SYSTEM_LOG"
echo "System up after $((SECONDS - started)) s; running the browser tests"

cd web
rm -rf e2e-artifacts
E2E_BASE_URL="${E2E_BASE_URL:-http://localhost:${SANGANG_GATEWAY_PORT}}" npx playwright test "$@"
