import { describe, expect, it } from "vitest";
import { SHIPPED_DATA_DIR } from "../../src/cli/paths.js";
import { loadDataset } from "../../src/data/load-graph-data.js";
import { relationDays } from "../../src/formats/day-interval.js";
import { wholeDataset } from "../../src/formats/export-selection.js";
import { EXPORT_FORMATS } from "../../src/formats/format-names.js";
import { formatRejection } from "../../src/formats/import-result.js";
import { dayNumber, dayToIso, RELATION_KINDS } from "../../src/model/core.js";
import {
  IGRAPH_PYTHON,
  NETWORKX_PYTHON,
  runPython,
  writeTempFile,
  xmllintGexf,
} from "./helpers/external-readers.js";
import { GEXF_SCHEMA, itWith } from "../helpers/shared-material.js";
import { IGRAPH_GRAPHML, NETWORKX_GEXF, NETWORKX_GRAPHML } from "./helpers/python-scripts.js";
import { canonical, exportTexts, importTexts } from "./helpers/round-trip.js";

const dataset = await loadDataset(SHIPPED_DATA_DIR);
const gexf = exportTexts("gexf", wholeDataset(dataset))["faultline.gexf"]!;
const graphml = exportTexts("graphml", wholeDataset(dataset))["faultline.graphml"]!;

interface NxEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  relations: string[];
  spells: [string | null, string | null][];
}

describe("exports of the shipped data", () => {
  it("round-trips through every format without losing or changing anything", () => {
    for (const format of EXPORT_FORMATS) {
      const outcome = importTexts(format, exportTexts(format, wholeDataset(dataset)));
      expect(outcome.rejections.map(formatRejection), format).toEqual([]);
      expect(canonical(outcome.dataset!), format).toEqual(canonical(dataset));
    }
  });

  itWith([GEXF_SCHEMA])("gives a dynamic GEXF that validates and whose timeline Gephi switches on", () => {
    const result = xmllintGexf([writeTempFile("shipped.gexf", gexf)]);
    expect(result.status, result.output).toBe(0);
    const times = new Set([...gexf.matchAll(/ (?:start|end)="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]));
    expect(times.size).toBeGreaterThanOrEqual(2);
  });

  it("networkx reads the GEXF: every entity, one edge per kind and pair, every relation's days inside its periods", () => {
    const [read] = runPython<{ nodes: { id: string }[]; edges: NxEdge[] }[]>(NETWORKX_PYTHON, NETWORKX_GEXF, [
      writeTempFile("shipped.gexf", gexf),
    ]);
    expect(read!.nodes.map((n) => n.id).sort()).toEqual(dataset.entities.map((e) => e.id).sort());
    const pairs = new Set(
      dataset.relations.map((r) => {
        const ends =
          RELATION_KINDS[r.kind].direction === "symmetric"
            ? [r.source, r.target].sort()
            : [r.source, r.target];
        return JSON.stringify([r.kind, ...ends]);
      }),
    );
    expect(read!.edges).toHaveLength(pairs.size);
    expect(read!.edges.flatMap((e) => e.relations).sort()).toEqual(dataset.relations.map((r) => r.id).sort());
    const relations = new Map(dataset.relations.map((r) => [r.id, r]));
    const day = (iso: string | null, open: number) => {
      if (iso === null) return open;
      const [y, m, d] = iso.split("-").map(Number);
      return dayNumber(y!, m!, d!);
    };
    for (const edge of read!.edges) {
      const periods = edge.spells.map(([a, b]) => ({ lo: day(a, -Infinity), hi: day(b, Infinity) }));
      for (let k = 1; k < periods.length; k++) expect(periods[k]!.lo).toBeGreaterThan(periods[k - 1]!.hi + 1);
      for (const id of edge.relations) {
        const r = relations.get(id)!;
        expect(r.kind).toBe(edge.kind);
        expect([r.source, r.target].sort()).toEqual([edge.source, edge.target].sort());
        const d = relationDays(r);
        if (d.lo === -Infinity && d.hi === Infinity) expect(periods).toEqual([]);
        else
          expect(
            periods.some((p) => p.lo <= d.lo && d.hi <= p.hi),
            `${edge.id} ${id}`,
          ).toBe(true);
      }
    }
  });

  it("networkx and igraph read the GraphML: every relation as an edge with its id and dates", () => {
    const file = writeTempFile("shipped.graphml", graphml);
    const expected = dataset.relations
      .map((r) => ({
        id: r.id,
        source: r.source,
        target: r.target,
        start: r.timing.start?.text ?? null,
        firstDay: r.timing.start ? dayToIso(r.timing.start.lo) : null,
        lastDay: r.timing.end ? dayToIso(r.timing.end.hi) : null,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    type Read = { nodes: unknown[]; edges: (typeof expected)[number][] };
    for (const [python, script] of [
      [NETWORKX_PYTHON, NETWORKX_GRAPHML],
      [IGRAPH_PYTHON, IGRAPH_GRAPHML],
    ] as const) {
      const read = runPython<Read>(python, script, [file]);
      expect(read.nodes, python).toHaveLength(dataset.entities.length);
      const edges = read.edges
        .map(({ id, source, target, start, firstDay, lastDay }) => ({
          id,
          source,
          target,
          start,
          firstDay,
          lastDay,
        }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(edges, python).toEqual(expected);
    }
  });
});
