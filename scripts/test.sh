#!/usr/bin/env bash
# Runs every test of argmap: the Swift test suites, the DocC documentation build (which fails on any DocC
# warning: scripts/docs.sh), the browser tests of the interactive page and the end-to-end run of `argmap lsp`
# under Neovim's LSP client.
# Installs the system packages they need first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-browser --with-editors
swift build
swift test
bash scripts/docs.sh
if [ -d Tests/browser ]; then
  /usr/bin/python3 Tests/browser/run.py
fi
bash Tests/editors/neovim.sh .build/debug/argmap
