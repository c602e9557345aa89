#!/usr/bin/env bash
# Builds the jars (Maven, no Docker), then one image per deployable — the gateway and the four services — from
# deploy/docker/Dockerfile. Needs a Docker engine (this script only; building and testing the project do not).
#
#   scripts/build-images.sh                         images sangang/<module>:dev
#   REGISTRY=registry.example.cn/sangang TAG=1.4.0 scripts/build-images.sh --push
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/system.sh
source "${ROOT}/scripts/lib/system.sh"
mapfile -t MODULES < <(service_modules)
REGISTRY="${REGISTRY:-sangang}"
TAG="${TAG:-dev}"
PUSH=0
for arg in "$@"; do
  case "$arg" in
    --push) PUSH=1 ;;
    *) echo "usage: [REGISTRY=…] [TAG=…] scripts/build-images.sh [--push]" >&2; exit 2 ;;
  esac
done

# shellcheck source=lib/jdk.sh
source "${ROOT}/scripts/lib/jdk.sh"
cd "$ROOT"
if ! docker info >/dev/null 2>&1; then
  echo "no Docker engine answers here; build the images where one runs (see docs/deploy.md)." >&2
  exit 1
fi
mvn -B -ntp -q -DskipTests package -pl "$(IFS=,; echo "${MODULES[*]}")" -am
for module in "${MODULES[@]}"; do
  image="${REGISTRY}/${module}:${TAG}"
  docker build -f deploy/docker/Dockerfile --build-arg "MODULE=${module}" --build-arg "VERSION=${SANGANG_VERSION}" \
    -t "$image" .
  if [[ "$PUSH" == 1 ]]; then
    docker push "$image"
  fi
done
