#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The test command: builds every module and runs all tests with a JDK 21+ (found by scripts/lib/jdk.sh).
# Extra arguments go to Maven, e.g. scripts/test.sh -pl zone-service -am
# Exit code: Maven's.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/jdk.sh
source "${ROOT}/scripts/lib/jdk.sh"
cd "$ROOT"

echo "Using JDK ${SANGANG_JAVA_VERSION} at ${JAVA_HOME}"
exec mvn -B -ntp verify "$@"
