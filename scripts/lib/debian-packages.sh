# shellcheck shell=bash
# install_missing <what needs them> <package>...: installs the named Debian packages when it may (root with
# apt-get); otherwise says what to install and fails. Nothing to do without packages.
install_missing() {
  local purpose="$1"
  shift
  if [[ $# -eq 0 ]]; then
    return 0
  fi
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing $* for ${purpose} (apt-get)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "${purpose} need: $* (e.g. sudo apt-get install $*)." >&2
    return 1
  fi
}
