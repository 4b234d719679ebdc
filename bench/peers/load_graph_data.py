"""Loads a Faultline graph-data folder into a networkx or igraph multigraph, as a peer to time against.

Usage: python3 load_graph_data.py FOLDER networkx|igraph
Prints one JSON line: library, nodes, edges, seconds (read + parse + build), peak RSS in MB.
Every relation becomes a directed edge keyed by its id, carrying its kind, dates and status.
"""

import glob
import json
import os
import resource
import sys
import time


def read_items(folder, role):
    items = []
    for path in sorted(glob.glob(os.path.join(folder, role, "**", "*.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            items.extend(json.load(f)[role])
    return items


def edge_attributes(r):
    return {
        "kind": r["kind"],
        "date": r.get("date"),
        "start": r.get("start"),
        "end": r.get("end"),
        "status": r["status"],
    }


def load_networkx(folder):
    import networkx as nx

    graph = nx.MultiDiGraph()
    for e in read_items(folder, "entities"):
        graph.add_node(e["id"], label=e["label"], kind=e["kind"])
    for r in read_items(folder, "relations"):
        graph.add_edge(r["source"], r["target"], key=r["id"], **edge_attributes(r))
    return graph.number_of_nodes(), graph.number_of_edges()


def load_igraph(folder):
    import igraph as ig

    entities = read_items(folder, "entities")
    relations = read_items(folder, "relations")
    index = {e["id"]: i for i, e in enumerate(entities)}
    graph = ig.Graph(directed=True)
    graph.add_vertices(len(entities))
    graph.vs["name"] = [e["id"] for e in entities]
    graph.vs["label"] = [e["label"] for e in entities]
    graph.vs["kind"] = [e["kind"] for e in entities]
    graph.add_edges([(index[r["source"]], index[r["target"]]) for r in relations])
    graph.es["id"] = [r["id"] for r in relations]
    for key in ("kind", "date", "start", "end", "status"):
        graph.es[key] = [r.get(key) for r in relations]
    return graph.vcount(), graph.ecount()


def main():
    folder, library = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    nodes, edges = (load_networkx if library == "networkx" else load_igraph)(folder)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"library": library, "nodes": nodes, "edges": edges, "seconds": seconds, "peakMb": peak_mb}))


main()
