#!/usr/bin/env python3
"""Runs argmap against its peers in one run and prints one table.

Every figure is whole-process wall time (median of repeated runs, the two commands of a comparison alternating
A B A B so drift hits both) and peak resident memory of the process, measured with os.wait4. Ratios are
argmap / peer: below 1 means argmap is faster. Growth is argmap's exponent between consecutive sizes
(log t2/t1 / log n2/n1): 1.0 is linear.
Called by Benchmarks/run.sh, which installs the peers first.
"""
import argparse
import json
import math
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "Benchmarks" / ".work"
PEERS = ROOT / "Benchmarks" / "peers"
PY = sys.executable


def measure(cmd, timeout):
    """(wall seconds, peak RSS MiB, exit status) of one run of cmd; (None, None, 'timeout') when it overran."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            wall = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            if code != 0:
                sys.stderr.write(f"  ! {' '.join(map(str, cmd))} exited {code}: {proc.stderr.read().decode()[-400:]}\n")
            return wall, usage.ru_maxrss / 1024, code
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return None, None, "timeout"
        time.sleep(0.002)


def compare(a, b, repeats, timeout):
    """Median (time, memory) of a and of b, run alternately."""
    ta, tb, ma, mb = [], [], [], []
    for _ in range(repeats):
        for cmd, times, mems in ((a, ta, ma), (b, tb, mb)):
            if cmd is None or (times and times[-1] is None):
                continue
            t, m, _ = measure(cmd, timeout)
            times.append(t)
            mems.append(m)
    def med(xs):
        xs = [x for x in xs if x is not None]
        return statistics.median(xs) if xs else None
    return (med(ta), med(ma)), (med(tb), med(mb)) if b else (None, None)


class Table:
    def __init__(self):
        self.rows = []
        self.previous = {}

    def add(self, task, size, n, argmap, peer_name, peer, note=""):
        (t, m), (pt, pm) = argmap, peer
        growth = ""
        prev = self.previous.get(task)
        if prev and t and prev[1] and n != prev[0]:
            growth = f"{math.log(t / prev[1]) / math.log(n / prev[0]):.2f}"
        self.previous[task] = (n, t)
        ratio = f"{t / pt:.2f}" if t and pt else "—"
        self.rows.append([task, size, fmt(t, m), peer_name, fmt(pt, pm) if peer_name != "none" else "—", ratio, growth, note])
        print(" | ".join(self.rows[-1]), flush=True)

    def markdown(self):
        head = ["task", "size", "argmap (time, peak memory)", "peer", "peer (time, peak memory)", "ratio argmap/peer", "argmap growth", "note"]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in self.rows]
        return "\n".join(lines)


def fmt(t, m):
    if t is None:
        return "timeout"
    time_text = f"{t * 1000:.0f} ms" if t < 1 else f"{t:.2f} s"
    return f"{time_text}, {m:.0f} MiB" if m is not None else time_text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--argmap", required=True)
    ap.add_argument("--quick", action="store_true", help="small sizes only, to check that everything runs")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--benchmarks", help="the argmap-benchmarks program (for the reader row)")
    ap.add_argument("--only", default="parse,render,query,semantics,corpora,reader,growth",
                    help="comma-separated rows to run (default: all): parse, render, query, semantics, corpora, reader, growth")
    opts = ap.parse_args()
    only = set(opts.only.split(","))
    unknown = only - {"parse", "render", "query", "semantics", "corpora", "reader", "growth"}
    if unknown:
        ap.error(f"unknown --only row(s): {', '.join(sorted(unknown))}")
    argmap = opts.argmap
    repeats = 3 if opts.quick else opts.repeats
    data = WORK / "inputs"
    data.mkdir(parents=True, exist_ok=True)
    table = Table()

    def gen(name, *args):
        path = data / name
        if not path.exists():
            subprocess.run([argmap, "generate", *args, "-o", str(path)], check=True)
        return path

    print("task | size | argmap | peer | peer time | ratio | growth | note", flush=True)

    # 1. Parsing Argdown. Argdown's own parser is a Node.js package from npm; with no peer here, MB/s is reported.
    for n in ([1000, 10000] if opts.quick else [1000, 10000, 100000]) if "parse" in only else []:
        path = gen(f"parse-{n}.argdown", "--statements", str(n), "--arguments", str(n // 10), "--shape", "essay", "--seed", "1")
        a, _ = compare([argmap, "check", str(path), "--disable", "all"], None, repeats, opts.timeout)
        mbs = path.stat().st_size / 1e6 / a[0] if a[0] else 0
        table.add("parse + check Argdown", f"{n} statements", n, a, "none", (None, None),
                  f"{mbs:.1f} MB/s; no peer: Argdown's parser is an npm package and npm is not reachable here")

    # 2. Rendering: in-process libgvc against the dot command on the same DOT text.
    for n in ([200] if opts.quick else [200, 1000, 2000]) if "render" in only else []:
        path = gen(f"render-{n}.argdown", "--statements", str(n), "--shape", "random", "--seed", "2")
        dot_text = WORK / f"render-{n}.dot"
        subprocess.run([argmap, "render", str(path), "--format", "dot", "-o", str(dot_text)], check=True)
        a, p = compare([argmap, "render", str(path), "-o", str(WORK / "out.svg")],
                       ["dot", "-Tsvg", str(dot_text), "-o", str(WORK / "out-dot.svg")], repeats, opts.timeout)
        table.add("render SVG", f"{n} nodes", n, a, "dot -Tsvg", p,
                  "argmap reads the .argdown and writes the DOT first; same layout code (see performance.md)")

    # 3. Transitive support queries.
    for n in ([10000] if opts.quick else [10000, 100000, 300000]) if "query" in only else []:
        path = gen(f"query-{n}.argdown", "--statements", str(n), "--shape", "tree", "--seed", "3")
        graphml = WORK / f"query-{n}.graphml"
        if not graphml.exists():
            subprocess.run([argmap, "convert", str(path), "--to", "graphml", "-o", str(graphml)], check=True)
        query = [argmap, "query", str(path), "?x supports+ [Claim 1]", "--format", "csv"]
        for peer in ("networkx", "oxigraph"):
            a, p = compare(query, [PY, str(PEERS / "query.py"), peer, str(graphml), "Claim 1"], repeats, opts.timeout)
            table.add("?x supports+ [root]", f"{n} statements", n, a, peer, p, "whole process incl. loading")

    # 4. Grounded and preferred semantics on abstract frameworks.
    for n in ([1000] if opts.quick else [1000, 10000, 100000]) if "semantics" in only else []:
        apx = gen(f"af-{n}.apx", "--statements", str(n), "--shape", "random", "--seed", "4", "--format", "apx")
        solve = [argmap, "solve", "-p", "SE-GR", "-f", str(apx)]
        a, p = compare(solve, [PY, "-m", "pygarg", "-p", "SE-GR", "-fo", "apx", "-f", str(apx)], repeats, opts.timeout)
        table.add("grounded extension", f"{n} arguments", n, a, "pygarg", p)
        a, p = compare(solve, [PY, str(PEERS / "aspartix.py"), "grounded", str(apx)], repeats, opts.timeout)
        table.add("grounded extension", f"{n} arguments", n, a, "clingo (ASPARTIX)", p)
    for n in ([200] if opts.quick else [200, 1000, 2000]) if "semantics" in only else []:
        apx = gen(f"af-{n}.apx", "--statements", str(n), "--shape", "random", "--seed", "4", "--format", "apx")
        solve = [argmap, "solve", "-p", "SE-PR", "-f", str(apx)]
        a, p = compare(solve, [PY, "-m", "pygarg", "-p", "SE-PR", "-fo", "apx", "-f", str(apx)], repeats, opts.timeout)
        table.add("a preferred extension", f"{n} arguments", n, a, "pygarg", p)
        a, p = compare(solve, [PY, str(PEERS / "aspartix.py"), "preferred", str(apx)], repeats, opts.timeout)
        table.add("a preferred extension", f"{n} arguments", n, a, "clingo (ASPARTIX)", p)

    # 5. Loading corpora: AIF files and brat essays, argmap against arguebuf.
    corpora = (("aif", 200 if opts.quick else 2000, "aif", "*.json"), ("brat", 40 if opts.quick else 400, "brat", "*.ann"))
    for kind, count, fmt_name, pattern in corpora if "corpora" in only else ():
        folder = data / f"corpus-{kind}-{count}"
        if not folder.exists():
            folder.mkdir()
            for i in range(count):
                ext = "json" if kind == "aif" else "ann"
                subprocess.run([argmap, "generate", "--statements", "25", "--shape", "essay", "--seed", str(100 + i),
                                "--format", fmt_name, "-o", str(folder / f"file{i:04d}.{ext}")], check=True)
        a, p = compare([argmap, "stats", str(folder)], [PY, str(PEERS / "load_corpus.py"), str(folder), pattern],
                       repeats, opts.timeout)
        table.add(f"load {kind} corpus", f"{count} files", count, a, "arguebuf", p)

    # 6. The reader's targets (issue 15): speed and memory on a data-rich map, growth on pathological inputs (the
    # benchmark program prints its own table), and a 1,000,000-relation query end to end against pyoxigraph, run on
    # the same map in this run: its store built from the edge list, and its query alone (wall and CPU seconds, medians).
    if "reader" in only and opts.benchmarks:
        sys.stdout.flush()
        subprocess.run([opts.benchmarks, "reader", *(["--scale", "0.1", "--repeats", "1"] if opts.quick else [])], check=True)
        n = 100000 if opts.quick else 1000001
        path = gen(f"query-{n}.argdown", "--statements", str(n), "--shape", "tree", "--seed", "3")
        graphml = WORK / f"query-{n}.graphml"
        if not graphml.exists():
            subprocess.run([argmap, "convert", str(path), "--to", "graphml", "-o", str(graphml)], check=True)
        peer = [PY, str(PEERS / "query.py"), "oxigraph", str(graphml), "Claim 1"]
        runs = [json.loads(subprocess.run(peer, check=True, capture_output=True, text=True).stdout) for _ in range(repeats)]
        load_cpu = statistics.median(r["load_cpu"] for r in runs)
        query_cpu = statistics.median(r["query_cpu"] for r in runs)
        load_wall = statistics.median(r["load_seconds"] for r in runs)
        query_wall = statistics.median(r["seconds"] for r in runs)
        sys.stdout.flush()
        subprocess.run([opts.benchmarks, "load-query", "--statements", str(n),
                        "--peer-load", f"{load_cpu:.4f}", "--peer-query", f"{query_cpu:.4f}",
                        "--peer-load-wall", f"{load_wall:.4f}", "--peer-query-wall", f"{query_wall:.4f}"], check=True)
        a, p = compare([argmap, "query", str(path), "?x supports+ [Claim 1]", "--format", "csv"], peer, repeats, opts.timeout)
        table.add("?x supports+ [root], end to end", f"{n - 1} relations", n, a, "pyoxigraph", p,
                  f"peer process incl. GraphML edges; its store {load_wall:.2f} s ({load_cpu:.2f} s CPU), its query alone {query_wall:.2f} s ({query_cpu:.2f} s CPU)")

    # 7. Growth exponents of the inputs nobody writes by hand (issue 21): megabytes of text in one claim drawn,
    # 80,000 Kialo claims, 40,000 AIF locutions; the benchmark program prints its own table.
    if "growth" in only and opts.benchmarks:
        sys.stdout.flush()
        subprocess.run([opts.benchmarks, "growth", *(["--scale", "0.25", "--repeats", "1"] if opts.quick else [])], check=True)

    result = table.markdown()
    (WORK / "results.md").write_text(result + "\n")
    print("\n" + result)
    print(f"\n(the table is also in {WORK / 'results.md'})")


if __name__ == "__main__":
    main()
