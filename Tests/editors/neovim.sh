#!/usr/bin/env bash
# End-to-end: Neovim's built-in LSP client (headless) drives `argmap lsp` on a copy of neovim-map.argdown.
# Usage: bash Tests/editors/neovim.sh [path/to/argmap]   (default: .build/debug/argmap). Bounded to 60 seconds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
argmap="$(realpath "${1:-$here/../../.build/debug/argmap}")"
command -v nvim >/dev/null || { echo "neovim.sh: nvim is not installed (bash scripts/setup.sh --with-editors)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/neovim-map.argdown" "$work/map.argdown"
ARGMAP="$argmap" MAP="$work/map.argdown" HOME="$work" XDG_STATE_HOME="$work" XDG_DATA_HOME="$work" \
  timeout 60 nvim --headless -u NONE -i NONE -c "luafile $here/neovim-lsp.lua" </dev/null
