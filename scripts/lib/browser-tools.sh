# shellcheck shell=bash
# What the browser tests need: Debian's Chromium (driven by Playwright through its executablePath; nothing
# downloads a browser) and a CJK font so the zh-CN pages and their screenshots show Chinese, from Debian's
# packages when missing.
# shellcheck source=debian-packages.sh
source "$(dirname "${BASH_SOURCE[0]}")/debian-packages.sh"

ensure_browser_tools() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || missing+=(fonts-wqy-microhei)
  install_missing "the browser tests" "${missing[@]}"
}
