# shellcheck shell=bash
# The offline tools the deployment checks (deploy/manifest-check) call: kubectl (its built-in kustomize) and
# docker-compose (config -q). Installs the missing ones from Debian's packages when it may (root with apt-get);
# otherwise says what to install. Neither needs a cluster or a Docker engine.
ensure_deploy_tools() {
  local missing=()
  command -v kubectl >/dev/null 2>&1 || missing+=(kubectl)
  command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} for the deployment checks (apt-get)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The deployment checks need: ${missing[*]} (e.g. sudo apt-get install ${missing[*]})." >&2
    return 1
  fi
}
