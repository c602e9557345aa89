# shellcheck shell=bash
# The one list of what the local system is made of: the project's version, each deployable with its module and
# port, and the ports of the broker and the store. Read by scripts/run-local.sh, faults.sh, bench.sh, profile.sh,
# e2e.sh, build-images.sh and lib/local-system.sh; a new service is added here and nowhere else.

# The version in pom.xml, part of every built jar's name.
SANGANG_VERSION="0.1.0-SNAPSHOT"

# <module>:<port> of each deployable, the gateway first. The module is the folder the service is built in and the
# artifact id of its jar (<module>/target/<module>-<version>.jar).
SANGANG_SERVICES=(
  "gateway:8080"
  "post-service:8081"
  "zone-service:8082"
  "pledge-service:8083"
  "evaluation-service:8084"
)
# The gateway's port, where browsers, the browser tests and the examples reach the system.
SANGANG_GATEWAY_PORT="${SANGANG_SERVICES[0]##*:}"

SANGANG_KAFKA_PORT=9092
SANGANG_KAFKA_CONTROLLER_PORT=9093
SANGANG_MONGO_PORT=27017

# The executable jars of the local infrastructure and of the benchmarks and fault drill, relative to the root.
SANGANG_LOCAL_INFRA_JAR="platform/local-infra/target/sangang-local-infra-${SANGANG_VERSION}-exec.jar"
SANGANG_BENCH_JAR="bench/target/sangang-bench-${SANGANG_VERSION}-exec.jar"

# service_modules — the deployables' modules, one a line, in SANGANG_SERVICES' order.
service_modules() {
  local entry
  for entry in "${SANGANG_SERVICES[@]}"; do
    printf '%s\n' "${entry%%:*}"
  done
}

# service_port <module> — the port the module listens on; fails for a module that is not in SANGANG_SERVICES.
service_port() {
  local entry
  for entry in "${SANGANG_SERVICES[@]}"; do
    if [[ "${entry%%:*}" == "$1" ]]; then
      printf '%s\n' "${entry##*:}"
      return 0
    fi
  done
  echo "no such service: $1" >&2
  return 1
}

# service_pid <module> — the pid of the running service started from the module's jar, or nothing (a status of 0
# either way): the browser tests' diagnostics and scripts/profile.sh find a service by it.
service_pid() {
  pgrep -f -- "$1-${SANGANG_VERSION}\.jar" | head -n 1 || true
}

# system_ports — every port the local system takes: the deployables', the broker's two and the store's.
system_ports() {
  local entry
  for entry in "${SANGANG_SERVICES[@]}"; do
    printf '%s\n' "${entry##*:}"
  done
  printf '%s\n' "$SANGANG_KAFKA_PORT" "$SANGANG_KAFKA_CONTROLLER_PORT" "$SANGANG_MONGO_PORT"
}
