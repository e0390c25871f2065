#!/usr/bin/env bash
# The browser test drives Debian's chromium through Playwright (`playwright install` cannot
# download browsers here). Installs it when missing; needs root or sudo for apt.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
echo "[setup] installing Debian's chromium for the browser test"
SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo "sudo")
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
