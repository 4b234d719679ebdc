/**
 * Python scripts the tests run to read our files with readers someone else wrote; each prints
 * what it read as JSON. networkx turns a left-out interval bound into the string "None" when
 * timeformat is date (its open-interval bug); the scripts map that back to null.
 */

/** networkx's GEXF reader on each file given: nodes, and edges with their periods. */
export const NETWORKX_GEXF = `
import json, sys
import networkx as nx
def bound(v):
    return None if v is None or v == "None" else v
files = []
for path in sys.argv[1:]:
    G = nx.read_gexf(path)
    edges = []
    triples = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, k, d in triples:
        if "spells" in d:
            spells = [[bound(a), bound(b)] for a, b in d["spells"]]
        elif "start" in d or "end" in d:
            spells = [[bound(d.get("start")), bound(d.get("end"))]]
        else:
            spells = []
        edges.append({"id": d.get("id", k), "source": u, "target": v, "kind": d.get("kind"),
                      "relations": json.loads(d["relations"]), "spells": spells,
                      "status": d.get("status"), "certainty": d.get("certainty"), "sign": d.get("sign"),
                      "records": json.loads(d["records"])})
    nodes = [{"id": n, "label": d.get("label"), "kind": d.get("kind"), "aliases": json.loads(d.get("aliases", "[]")),
              "viz": d.get("viz")} for n, d in G.nodes(data=True)]
    files.append({"mode": G.graph.get("mode"), "directed": G.is_directed(), "nodes": nodes, "edges": edges})
print(json.dumps(files))
`;

/** networkx's GraphML reader: nodes and edges (one per relation) with their dates. */
export const NETWORKX_GRAPHML = `
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1])
edges = [{"id": k, "source": u, "target": v, "kind": d.get("kind"), "status": d.get("status"),
          "start": d.get("start"), "end": d.get("end"), "firstDay": d.get("firstDay"), "lastDay": d.get("lastDay"),
          "startDerived": d.get("startDerived"), "evidence": json.loads(d["evidence"])}
         for u, v, k, d in G.edges(keys=True, data=True)]
nodes = [{"id": n, "label": d.get("label"), "kind": d.get("kind"), "lat": d.get("lat")} for n, d in G.nodes(data=True)]
print(json.dumps({"directed": G.is_directed(), "multi": G.is_multigraph(), "nodes": nodes, "edges": edges,
                  "sources": [s["id"] for s in json.loads(G.graph["sources"])]}))
`;

/** igraph's GraphML reader: vertices and edges by their GraphML ids, with their dates. */
export const IGRAPH_GRAPHML = `
import json, sys
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
ids = g.vs["id"]
edges = [{"id": e["id"], "source": ids[e.source], "target": ids[e.target], "kind": e["kind"], "status": e["status"],
          "start": e["start"] or None, "end": e["end"] or None, "firstDay": e["firstDay"] or None,
          "lastDay": e["lastDay"] or None} for e in g.es]
nodes = [{"id": v["id"], "label": v["label"], "kind": v["kind"]} for v in g.vs]
print(json.dumps({"directed": g.is_directed(), "nodes": nodes, "edges": edges,
                  "sources": [s["id"] for s in json.loads(g["sources"])]}))
`;
