#!/usr/bin/env bash
# Installs the system packages argmap builds and tests against, where they are missing (Debian/Ubuntu).
# Usage: bash scripts/setup.sh [--with-browser] [--with-editors]
#   libgraphviz-dev  Graphviz's C library (rendering, in-process)
#   libcadical-dev   the CaDiCaL SAT solver (argumentation semantics)
#   libmimalloc-dev  the memory allocator the argmap command runs on (Graphviz is 6-9% faster on it)
#   libqpdf-dev      qpdf's C library, which joins the pages of a PDF handout into one file
#   qpdf, poppler-utils  independent PDF readers the merged-PDF tests check their output with
#   --with-browser   also chromium and its driver, for the interactive-page browser tests
#   --with-editors   also neovim, whose built-in LSP client drives `argmap lsp` end to end (Tests/editors)
set -euo pipefail
packages=(libgraphviz-dev libcadical-dev libmimalloc-dev libqpdf-dev pkg-config qpdf poppler-utils)
for flag in "$@"; do
  case "$flag" in
    --with-browser) packages+=(chromium chromium-driver python3-selenium) ;;
    --with-editors) packages+=(neovim) ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "argmap setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
