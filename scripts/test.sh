#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The test command: builds every module (the web client too) and runs all tests with a JDK 21+ (found by
# scripts/lib/jdk.sh), including the offline checks of k8s/ and docker-compose.yml (kubectl and docker-compose:
# scripts/lib/deploy-tools.sh); then the browser tests and the security sweep against the whole local system
# (scripts/e2e.sh), then the short fault drill (scripts/faults.sh --quick: broker down 30 s, two services killed -9,
# store restarted, nothing acknowledged lost, nothing applied twice). The whole drill and the load benchmarks take
# longer and run on their own: scripts/faults.sh, scripts/bench.sh (docs/reliability.md, docs/benchmarks.md).
# Extra arguments go to Maven and skip the whole-system suites, e.g. scripts/test.sh -pl zone-service -am
# Exit code: Maven's, else the browser tests', else the drill's.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/jdk.sh
source "${ROOT}/scripts/lib/jdk.sh"
# shellcheck source=lib/deploy-tools.sh
source "${ROOT}/scripts/lib/deploy-tools.sh"
cd "$ROOT"
ensure_deploy_tools

echo "Using JDK ${SANGANG_JAVA_VERSION} at ${JAVA_HOME}"
mvn -B -ntp verify "$@"
if [[ $# -eq 0 ]]; then
  ./scripts/e2e.sh
  ./scripts/faults.sh --no-build --quick
fi
