import fc from "fast-check";
import Graph from "graphology";
import * as graphologyGexf from "graphology-gexf";
import * as graphologyGraphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { snapshotSelection, wholeDataset } from "../../src/formats/export-selection.js";
import { relationDays } from "../../src/formats/day-interval.js";
import { dayNumber, dayToIso } from "../../src/model/core.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { arbitraryDataset } from "./helpers/arbitrary-dataset.js";
import {
  IGRAPH_PYTHON,
  NETWORKX_PYTHON,
  runPython,
  writeTempFile,
  xmllintGexf,
} from "./helpers/external-readers.js";
import { GEXF_SCHEMA, itWith } from "../helpers/shared-material.js";
import { FIXTURE_GEXF_EDGES } from "./helpers/fixture-edges.js";
import { formatFixture } from "./helpers/format-fixture.js";
import { IGRAPH_GRAPHML, NETWORKX_GEXF, NETWORKX_GRAPHML } from "./helpers/python-scripts.js";
import { exportTexts } from "./helpers/round-trip.js";

const fixture = formatFixture();
const kg = buildKnowledgeGraph(fixture);
const dynamicGexf = exportTexts("gexf", wholeDataset(fixture))["faultline.gexf"]!;
const snapshotGexf = exportTexts("gexf", snapshotSelection(kg, parseQueryDate("2019-05")))["faultline.gexf"]!;
const graphml = exportTexts("graphml", wholeDataset(fixture))["faultline.graphml"]!;
const json = exportTexts("json", wholeDataset(fixture))["faultline.json"]!;

interface NxGexfEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  relations: string[];
  spells: [string | null, string | null][];
  status: string;
  certainty: string;
  records: { id: string }[];
}
interface NxGexf {
  mode: string;
  directed: boolean;
  nodes: { id: string; label: string; kind: string; aliases: string[]; viz: { position?: unknown } }[];
  edges: NxGexfEdge[];
}
interface GraphmlRead {
  directed: boolean;
  nodes: { id: string; label: string; kind: string }[];
  edges: {
    id: string;
    source: string;
    target: string;
    kind: string;
    status: string;
    start: string | null;
    end: string | null;
    firstDay: string | null;
    lastDay: string | null;
  }[];
  sources: string[];
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("GEXF against the GEXF 1.3 RELAX NG schema (xmllint)", () => {
  itWith([GEXF_SCHEMA])("validates the dynamic GEXF and the static snapshot", () => {
    const files = [writeTempFile("dynamic.gexf", dynamicGexf), writeTempFile("snapshot.gexf", snapshotGexf)];
    const result = xmllintGexf(files);
    expect(result.output).toContain("dynamic.gexf validates");
    expect(result.output).toContain("snapshot.gexf validates");
    expect(result.status).toBe(0);
  });

  itWith([GEXF_SCHEMA])("fails a file that breaks the schema, so the check can fail", () => {
    const broken = dynamicGexf.replace(
      '<edge id="envoy--represents--un"',
      '<edge id="envoy--represents--un" colour="red"',
    );
    expect(xmllintGexf([writeTempFile("broken.gexf", broken)]).status).not.toBe(0);
  });

  it("follows Gephi's rules: dynamic date intervals, open ends left out, at least two distinct finite times", () => {
    expect(dynamicGexf).toContain('mode="dynamic" defaultedgetype="directed" timeformat="date"');
    expect(dynamicGexf).not.toMatch(/(start|end)="(|Infinity|-Infinity|9999[^"]*|0000[^"]*)"/);
    expect(dynamicGexf).not.toContain("timestamp");
    const times = new Set([...dynamicGexf.matchAll(/(?:start|end)="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]));
    expect(times.size).toBeGreaterThanOrEqual(2);
    expect(snapshotGexf).toContain('mode="static"');
    expect(snapshotGexf).not.toMatch(/ (start|end)="/);
  });
});

describe("networkx reads our GEXF", () => {
  const [dynamic, snapshot] = runPython<NxGexf[]>(NETWORKX_PYTHON, NETWORKX_GEXF, [
    writeTempFile("dynamic.gexf", dynamicGexf),
    writeTempFile("snapshot.gexf", snapshotGexf),
  ]);

  it("finds every entity with its id, label and kind, places at their coordinates", () => {
    expect(dynamic!.mode).toBe("dynamic");
    expect(dynamic!.directed).toBe(true);
    expect(byId(dynamic!.nodes).map((n) => [n.id, n.kind])).toEqual(
      byId(fixture.entities).map((e) => [e.id, e.kind]),
    );
    const gov = dynamic!.nodes.find((n) => n.id === "gov")!;
    expect(gov.label).toBe('Government "of" Syria & <co>');
    expect(gov.aliases).toEqual(["الحكومة السورية", "the regime"]);
    expect(dynamic!.nodes.find((n) => n.id === "idlib")!.viz.position).toEqual({ x: 3663, y: 3593, z: 0 });
    expect(dynamic!.nodes.find((n) => n.id === "ally")!.label).toBe(`Ally${"\uFFFD".repeat(9)}Group`);
  });

  it("finds one edge per kind and pair of entities, with the relations' ids and their dates as periods", () => {
    const edges = byId(dynamic!.edges).map(({ id, source, target, kind, relations, spells }) => ({
      id,
      source,
      target,
      kind,
      relations,
      spells,
    }));
    expect(edges).toEqual(FIXTURE_GEXF_EDGES);
    const relationIds = dynamic!.edges.flatMap((e) => e.records.map((r) => r.id)).sort();
    expect(relationIds).toEqual(fixture.relations.map((r) => r.id).sort());
  });

  it("reads status and certainty: the firmest status, certain only when every day is", () => {
    const edge = (id: string) => dynamic!.edges.find((e) => e.id === id)!;
    expect(edge("patron--backs--gov").status).toBe("reported");
    expect(edge("rebels--captured--town").status).toBe("reported");
    // A claim is never certain, however precise its date.
    expect(edge("gov--negotiated-with--rebels")).toMatchObject({ status: "claimed", certainty: "possible" });
    expect(edge("rebels--captured--idlib").certainty).toBe("possible");
    expect(edge("town--located-in--province").certainty).toBe("certain");
  });

  it("reads the static snapshot: the edges holding on the date and how surely", () => {
    expect(snapshot!.mode).toBe("static");
    expect(byId(snapshot!.edges).map((e) => [e.id, e.certainty, e.spells])).toEqual([
      ["envoy--represents--un", "possible", []],
      ["patron--backs--gov", "certain", []],
      ["rebels--allied-with--ally", "certain", []],
      ["rebels--controls--idlib", "possible", []],
      ["rebels--controls--town", "possible", []],
      ["town--located-in--province", "certain", []],
    ]);
    expect(snapshot!.nodes).toHaveLength(fixture.entities.length);
  });
});

describe("networkx and igraph read our GraphML", () => {
  const file = writeTempFile("fixture.graphml", graphml);
  const expectedEdges = byId(fixture.relations).map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    kind: r.kind,
    status: r.status,
    start: r.timing.start?.text ?? null,
    end: r.timing.end?.text ?? null,
    firstDay: r.timing.start ? dayToIso(r.timing.start.lo) : null,
    lastDay: r.timing.end ? dayToIso(r.timing.end.hi) : null,
  }));
  const expectedNodes = byId(fixture.entities).map((e) => ({ id: e.id, kind: e.kind }));

  it("networkx: a directed multigraph, an edge per relation with its id, EDTF dates and days", () => {
    const read = runPython<GraphmlRead & { multi: boolean }>(NETWORKX_PYTHON, NETWORKX_GRAPHML, [file]);
    expect([read.directed, read.multi]).toEqual([true, true]);
    expect(byId(read.nodes).map(({ id, kind }) => ({ id, kind }))).toEqual(expectedNodes);
    expect(
      byId(read.edges).map(({ id, source, target, kind, status, start, end, firstDay, lastDay }) => ({
        id,
        source,
        target,
        kind,
        status,
        start,
        end,
        firstDay,
        lastDay,
      })),
    ).toEqual(expectedEdges);
    expect(read.edges.find((e) => e.id === "rebels-captured-idlib")).toMatchObject({
      start: "2015-03",
      firstDay: "2015-03-01",
      lastDay: "2015-03-31",
    });
    expect(read.sources.sort()).toEqual(fixture.sources.map((s) => s.id).sort());
  });

  it("igraph: the same vertices, edges, ids and dates", () => {
    const read = runPython<GraphmlRead>(IGRAPH_PYTHON, IGRAPH_GRAPHML, [file]);
    expect(read.directed).toBe(true);
    expect(byId(read.nodes).map(({ id, kind }) => ({ id, kind }))).toEqual(expectedNodes);
    expect(byId(read.edges)).toEqual(expectedEdges);
    expect(read.nodes.find((n) => n.id === "gov")!.label).toBe('Government "of" Syria & <co>');
    expect(read.sources.sort()).toEqual(fixture.sources.map((s) => s.id).sort());
  });
});

describe("graphology's own parsers and Graph.from read our files", () => {
  it("graphology-gexf parses the dynamic GEXF with typed attributes and lists", () => {
    const graph = graphologyGexf.parse(Graph, dynamicGexf);
    expect([graph.order, graph.size, graph.type, graph.multi]).toEqual([9, 11, "directed", true]);
    expect(graph.edges().sort()).toEqual(FIXTURE_GEXF_EDGES.map((e) => e.id));
    expect(graph.getEdgeAttributes("patron--backs--gov")).toMatchObject({
      kind: "backs",
      sign: 1,
      symmetric: false,
      relations: ["patron-backs-gov", "patron-backs-gov-early"],
      sources: ["wire-2018", "monitor-2024"],
      weight: 2,
    });
    expect(graph.getNodeAttributes("gov")).toMatchObject({
      label: 'Government "of" Syria & <co>',
      aliases: ["الحكومة السورية", "the regime"],
      color: "rgb(0,114,178)",
    });
    expect(graph.getNodeAttributes("idlib")).toMatchObject({ x: 3663, y: 3593, lat: 35.93, lon: 36.63 });
  });

  it("graphology-gexf parses the static snapshot", () => {
    const graph = graphologyGexf.parse(Graph, snapshotGexf);
    expect([graph.order, graph.size]).toEqual([9, 6]);
  });

  it("graphology-graphml parses the GraphML with typed keys", () => {
    const graph = graphologyGraphml.parse(Graph, graphml);
    expect([graph.order, graph.size, graph.type, graph.multi]).toEqual([9, 15, "directed", true]);
    expect(graph.getEdgeAttributes("envoy-represents-un")).toMatchObject({
      kind: "represents",
      sign: 0,
      symmetric: false,
      start: "2018-09-01",
      end: "2019?",
      startDerived: false,
      note: 'Named "special envoy" 🕊️ in the report',
    });
    expect(graph.getNodeAttribute("town", "placeApproximate")).toBe(false);
  });

  it("Graph.from(json) rebuilds the project's graph: same nodes, edges and attributes, and more", () => {
    const graph = Graph.from(JSON.parse(json));
    expect([graph.order, graph.size, graph.type, graph.multi]).toEqual([9, 15, "directed", true]);
    kg.graph.forEachNode((node, attributes) =>
      expect(graph.getNodeAttributes(node)).toMatchObject(attributes),
    );
    kg.graph.forEachEdge((edge, attributes, source, target) => {
      expect(graph.getEdgeAttributes(edge)).toMatchObject(attributes);
      expect([graph.source(edge), graph.target(edge)]).toEqual([source, target]);
    });
    expect(graph.getEdgeAttribute("patron-backs-gov", "evidence")).toHaveLength(2);
    expect(graph.getAttribute("sources")).toHaveLength(fixture.sources.length);
  });
});

describe("random datasets through networkx and xmllint", () => {
  const datasets = fc.sample(arbitraryDataset, { numRuns: 30, seed: 20_241_208 });
  const files = datasets.map((d, i) =>
    writeTempFile(`random-${i}.gexf`, exportTexts("gexf", wholeDataset(d))["faultline.gexf"]!),
  );

  itWith([GEXF_SCHEMA])("every random GEXF validates against the schema", () => {
    const result = xmllintGexf(files);
    expect(result.status, result.output).toBe(0);
  });

  it("networkx reads each one: every relation is on an edge whose periods cover its days, periods disjoint", () => {
    const read = runPython<NxGexf[]>(NETWORKX_PYTHON, NETWORKX_GEXF, files);
    const day = (iso: string | null, open: number) => {
      if (iso === null) return open;
      const [y, m, d] = iso.split("-").map(Number);
      return dayNumber(y!, m!, d!);
    };
    datasets.forEach((dataset, i) => {
      const { nodes, edges } = read[i]!;
      expect(nodes.map((n) => n.id).sort()).toEqual(dataset.entities.map((e) => e.id).sort());
      const relations = new Map(dataset.relations.map((r) => [r.id, r]));
      expect(edges.flatMap((e) => e.relations).sort()).toEqual([...relations.keys()].sort());
      for (const edge of edges) {
        const periods = edge.spells.map(([a, b]) => ({ lo: day(a, -Infinity), hi: day(b, Infinity) }));
        periods.forEach((p, k) => {
          expect(p.lo).toBeLessThanOrEqual(p.hi);
          if (k > 0) expect(p.lo, edge.id).toBeGreaterThan(periods[k - 1]!.hi + 1);
        });
        // No period at all: the edge always holds, which only a relation holding always may cause.
        const days = edge.relations.map((id) => relationDays(relations.get(id)!));
        const always = days.some((d) => d.lo === -Infinity && d.hi === Infinity);
        expect(periods.length === 0, edge.id).toBe(always);
        for (const d of always ? [] : days) {
          expect(
            periods.some((p) => p.lo <= d.lo && d.hi <= p.hi),
            edge.id,
          ).toBe(true);
        }
      }
    });
  });
});
