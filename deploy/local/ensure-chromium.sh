#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through ChromeDriver. Installs both when they are missing
# (as root, with apt-get); a test tool's own browser download cannot work offline.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need Chromium and ChromeDriver: sudo apt-get install chromium chromium-driver" >&2
exit 1
