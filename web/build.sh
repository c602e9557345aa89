#!/usr/bin/env bash
# Builds the web client into web/dist with the machine's Node and npm (Maven calls this; no Node is downloaded),
# then lints it.
# Installs the locked dependencies from the npm registry only when package-lock.json changed since the last install.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: the web client needs Node.js 20.19+ and npm (e.g. apt-get install nodejs npm)." >&2
  exit 1
fi
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
npm run build
# Lint is part of the test command: ESLint always, Prettier's layout check unless PRETTIER_CHECK_SKIP=true
# (Maven passes -Dprettier.check.skip, true in the root pom until the client has been formatted once).
npm run lint:code
if [[ "${PRETTIER_CHECK_SKIP:-false}" != true ]]; then
  npm run lint:format
fi
