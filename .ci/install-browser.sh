#!/usr/bin/env bash
# The browser tests/browser/ drives: Debian's chromium (/usr/bin/chromium), through puppeteer-core,
# which downloads no browser of its own. Idempotent: installs only when chromium is missing.
# Needs root (or sudo) for apt.
set -euo pipefail

if command -v chromium >/dev/null || [ -x /usr/bin/chromium ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
