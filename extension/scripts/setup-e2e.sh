#!/usr/bin/env bash
# Installs what `npm run e2e` needs on a Debian machine: Debian's chromium (never a downloaded
# browser) and the npm packages from package-lock.json. The demo server jar is built separately
# from the repository root: mvn -q -B -o package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
[ -d node_modules/playwright-core ] && [ -d node_modules/linkedom ] || npm ci --no-audit --no-fund
/usr/bin/chromium --version
