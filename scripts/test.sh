#!/usr/bin/env bash
# Runs every test of argmap: the Swift test suites and the browser tests of the interactive page.
# Installs the system packages they need first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-browser
swift build
swift test
if [ -d Tests/browser ]; then
  /usr/bin/python3 Tests/browser/run.py
fi
