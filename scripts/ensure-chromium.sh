#!/usr/bin/env bash
# test/docgen-html-chromium.test.ts opens the generated policy page in Debian's headless
# Chromium. Installs it when it is missing (as root, with apt-get), so that `pnpm test` works on a
# fresh machine; elsewhere says what to install. CHROMIUM=/path skips the check.
set -euo pipefail
if [ -n "${CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser test..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The browser test needs Chromium: install it (apt-get install chromium), or set CHROMIUM=/path/to/chromium." >&2
  exit 1
fi
