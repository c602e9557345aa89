# shellcheck shell=bash
# What the browser tests need: Debian's Chromium (driven by Playwright through its executablePath; nothing
# downloads a browser) and a CJK font so the zh-CN pages and their screenshots show Chinese. Installs the missing
# ones from Debian's packages when it may (root with apt-get); otherwise says what to install.
ensure_browser_tools() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || missing+=(fonts-wqy-microhei)
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} for the browser tests (apt-get)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The browser tests need: ${missing[*]} (e.g. sudo apt-get install ${missing[*]})." >&2
    return 1
  fi
}
