"""Peer for transitive support queries: loads a GraphML map written by `argmap convert --to graphml` and answers
"which nodes reach ROOT through one or more supports" with networkx or pyoxigraph (a SPARQL 1.1 property path).
Prints the answer count and the query time (excluding loading) as JSON on stdout."""
import json
import sys
import time
import xml.etree.ElementTree as ET

engine, path, root = sys.argv[1], sys.argv[2], sys.argv[3]
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
tree = ET.parse(path)
keys = {k.get("id"): k.get("attr.name") for k in tree.getroot().findall("g:key", NS)}
graph = tree.getroot().find("g:graph", NS)
titles, edges = {}, []
for node in graph.findall("g:node", NS):
    for d in node.findall("g:data", NS):
        if keys.get(d.get("key")) == "title":
            titles[node.get("id")] = d.text or ""
for edge in graph.findall("g:edge", NS):
    kind = next((d.text for d in edge.findall("g:data", NS) if keys.get(d.get("key")) in ("type", "relationType")), "")
    if kind in ("support", "entails"):
        edges.append((edge.get("source"), edge.get("target")))
root_id = next(i for i, t in titles.items() if t == root)

if engine == "networkx":
    import networkx as nx
    g = nx.DiGraph()
    g.add_nodes_from(titles)
    g.add_edges_from(edges)
    start = time.perf_counter()
    answer = nx.ancestors(g, root_id)  # nodes with a support path to root (descendants of root on reversed edges)
    elapsed = time.perf_counter() - start
elif engine == "oxigraph":
    import pyoxigraph as ox
    store = ox.Store()
    supports = ox.NamedNode("urn:argmap:supports")
    store.bulk_extend(ox.Quad(ox.NamedNode("urn:n:" + a), supports, ox.NamedNode("urn:n:" + b)) for a, b in edges)
    start = time.perf_counter()
    answer = list(store.query(f"SELECT DISTINCT ?x WHERE {{ ?x <urn:argmap:supports>+ <urn:n:{root_id}> }}"))
    elapsed = time.perf_counter() - start
else:
    sys.exit(f"unknown engine {engine}")
print(json.dumps({"answers": len(answer), "seconds": elapsed}))
