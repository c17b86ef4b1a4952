#!/bin/sh
# Makes sure nginx is there for the scale-out test and `make cluster`; never skips silently.
set -eu
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's nginx package for the proxy test…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 || \
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
    exit 0
fi
echo "nginx is missing and apt is not usable: install nginx (Debian: apt-get install nginx-light)" >&2
exit 1
