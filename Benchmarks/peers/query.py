"""Peer for transitive support queries: loads a GraphML map written by `argmap convert --to graphml` and answers
"which nodes reach ROOT through one or more supports" with networkx or pyoxigraph (a SPARQL 1.1 property path).
Prints as JSON on stdout the answer count, the query's wall and CPU seconds (`seconds`, `query_cpu`: loading
excluded) and the engine's own loading of the edges, in CPU and wall seconds (`load_cpu`, `load_seconds`: the graph
or store built from the edge list, after the file is read; pyoxigraph's bulk loader may use several threads, so the
two can differ).

The GraphML is read as a stream (a 1,000,000-statement map's GraphML is over 1 GB), and the titles and support
edges it holds are kept next to it in PATH.edges.tsv, which later runs read instead: loading is not what is timed."""
import json
import os
import sys
import time
import xml.etree.ElementTree as ET

engine, path, root = sys.argv[1], sys.argv[2], sys.argv[3]
G = "{http://graphml.graphdrawing.org/xmlns}"


def read_graphml(path):
    """(titles by node id, support edges) of a GraphML file, streamed."""
    keys, titles, edges = {}, {}, []
    for _, element in ET.iterparse(path, events=("end",)):
        tag = element.tag
        if tag == G + "key":
            keys[element.get("id")] = element.get("attr.name")
        elif tag == G + "node":
            for d in element.findall(G + "data"):
                if keys.get(d.get("key")) == "title":
                    titles[element.get("id")] = d.text or ""
            element.clear()
        elif tag == G + "edge":
            kind = next((d.text for d in element.findall(G + "data") if keys.get(d.get("key")) in ("type", "relationType")), "")
            if kind in ("support", "entails"):
                edges.append((element.get("source"), element.get("target")))
            element.clear()
    return titles, edges


cache = path + ".edges.tsv"
if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(path):
    titles, edges = {}, []
    with open(cache, encoding="utf-8") as f:
        for line in f:
            a, b, c = line.rstrip("\n").split("\t")
            if a == "T":
                titles[b] = c
            else:
                edges.append((b, c))
else:
    titles, edges = read_graphml(path)
    with open(cache + ".tmp", "w", encoding="utf-8") as f:
        for i, t in titles.items():
            f.write(f"T\t{i}\t{t}\n")
        for a, b in edges:
            f.write(f"E\t{a}\t{b}\n")
    os.replace(cache + ".tmp", cache)
root_id = next(i for i, t in titles.items() if t == root)

load_start, load_wall_start = time.process_time(), time.perf_counter()
if engine == "networkx":
    import networkx as nx
    g = nx.DiGraph()
    g.add_nodes_from(titles)
    g.add_edges_from(edges)
    load_cpu, load_seconds = time.process_time() - load_start, time.perf_counter() - load_wall_start
    start, start_cpu = time.perf_counter(), time.process_time()
    answer = nx.ancestors(g, root_id)  # nodes with a support path to root (descendants of root on reversed edges)
    elapsed, query_cpu = time.perf_counter() - start, time.process_time() - start_cpu
elif engine == "oxigraph":
    import pyoxigraph as ox
    store = ox.Store()
    supports = ox.NamedNode("urn:argmap:supports")
    store.bulk_extend(ox.Quad(ox.NamedNode("urn:n:" + a), supports, ox.NamedNode("urn:n:" + b)) for a, b in edges)
    load_cpu, load_seconds = time.process_time() - load_start, time.perf_counter() - load_wall_start
    start, start_cpu = time.perf_counter(), time.process_time()
    answer = list(store.query(f"SELECT DISTINCT ?x WHERE {{ ?x <urn:argmap:supports>+ <urn:n:{root_id}> }}"))
    elapsed, query_cpu = time.perf_counter() - start, time.process_time() - start_cpu
else:
    sys.exit(f"unknown engine {engine}")
print(json.dumps({"answers": len(answer), "seconds": elapsed, "query_cpu": query_cpu, "load_cpu": load_cpu,
                  "load_seconds": load_seconds}))
