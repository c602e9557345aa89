# shellcheck shell=bash
# The offline tools the deployment checks (deploy/manifest-check) call: kubectl (its built-in kustomize) and
# docker-compose (config -q), from Debian's packages when missing. Neither needs a cluster or a Docker engine.
# shellcheck source=debian-packages.sh
source "$(dirname "${BASH_SOURCE[0]}")/debian-packages.sh"

ensure_deploy_tools() {
  local missing=()
  command -v kubectl >/dev/null 2>&1 || missing+=(kubectl)
  command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
  install_missing "the deployment checks" "${missing[@]}"
}
