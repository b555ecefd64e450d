#!/usr/bin/env bash
# argmap's benchmark suite: builds argmap in release mode, generates the inputs, installs the peers where they are
# missing (Graphviz's `dot`, GNU time; Python packages into Benchmarks/.work/venv), runs every comparison in one run
# and prints the table. Usage:
#   bash Benchmarks/run.sh            # the full suite (about an hour on 2 cores)
#   bash Benchmarks/run.sh --only render   # some rows: parse, render, query, semantics, corpora, reader, growth
#   bash Benchmarks/run.sh --quick    # small sizes, a couple of minutes: checks that everything runs
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
need=()
command -v dot >/dev/null || need+=(graphviz)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
venv=Benchmarks/.work/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"; $sudo apt-get install -y -qq python3-venv >/dev/null; python3 -m venv "$venv"; }
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check arguebuf pyoxigraph networkx pygarg python-sat clingo
swift build -c release --product argmap >/dev/null
swift build -c release --product argmap-benchmarks >/dev/null
bin="$(swift build -c release --show-bin-path)"
exec "$venv/bin/python" Benchmarks/compare.py --argmap "$bin/argmap" --benchmarks "$bin/argmap-benchmarks" "$@"
