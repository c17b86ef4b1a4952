#!/bin/sh
# Makes sure a Chromium is there for the browser tests; never skips silently.
set -eu
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's chromium package for the browser tests…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
    exit 0
fi
echo "No /usr/bin/chromium and apt is not usable: installing Playwright's Chromium…"
"${PY:-python3}" -m playwright install chromium
