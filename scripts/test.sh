#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The test command: builds every module (the web client too) and runs all tests with a JDK 21+ (found by
# scripts/lib/jdk.sh), including the offline checks of k8s/ and docker-compose.yml (kubectl and docker-compose:
# scripts/lib/deploy-tools.sh); then the browser tests and the security sweep against the whole local system
# (scripts/e2e.sh). The fault drills and the load benchmarks take longer and run on their own, which keeps this
# under 20 minutes on two cores: scripts/faults.sh --quick (about 4.5 min), scripts/faults.sh, scripts/bench.sh
# (docs/reliability.md, docs/benchmarks.md).
# Extra arguments go to Maven and skip the browser tests, e.g. scripts/test.sh -pl zone-service -am
# Exit code: Maven's, else the browser tests'.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/jdk.sh
source "${ROOT}/scripts/lib/jdk.sh"
# shellcheck source=lib/deploy-tools.sh
source "${ROOT}/scripts/lib/deploy-tools.sh"
cd "$ROOT"
ensure_deploy_tools

echo "Using JDK ${SANGANG_JAVA_VERSION} at ${JAVA_HOME}"
# Two modules at a time: the service suites spend much of their time waiting on Kafka and the store, so on two
# cores this takes about 5 minutes instead of 7 (each module's tests still run in one JVM, one class at a time).
mvn -B -ntp -T 2 verify "$@"
if [[ $# -eq 0 ]]; then
  ./scripts/e2e.sh
fi
