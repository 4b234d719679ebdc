import { describe, expect, it } from "vitest";
import { knowledgeGraphOf } from "../../src/graph/knowledge-graph.js";
import type { Dataset } from "../../src/model/core.js";
import { alliesOf, backersOf } from "../../src/query/counterparties.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { snapshotAt } from "../../src/query/snapshot.js";
import type { RelationTable } from "../../src/store/relation-table.js";
import { relationTableOf } from "../../src/store/relation-table.js";
import { shippedGraph } from "../helpers/shipped-graph.js";

describe("adjacency index", () => {
  it("lists each entity's relations as graphology does (out, in, both: in then out), each in data order", async () => {
    const kg = await shippedGraph();
    const ids = (positions: Int32Array) => Array.from(positions, (i) => kg.table.id(i));
    for (const entity of kg.dataset.entities) {
      const id = entity.id;
      expect(ids(kg.adjacency.outOf(id)).sort()).toEqual(kg.graph.outEdges(id).sort());
      expect(ids(kg.adjacency.inOf(id)).sort()).toEqual(kg.graph.inEdges(id).sort());
      const all = ids(kg.adjacency.allOf(id));
      expect(all).toEqual([...ids(kg.adjacency.inOf(id)), ...ids(kg.adjacency.outOf(id))]);
      expect([...all].sort()).toEqual(kg.graph.edges(id).sort());
      for (const positions of [kg.adjacency.inOf(id), kg.adjacency.outOf(id)])
        expect(Array.from(positions)).toEqual(Array.from(positions).sort((a, b) => a - b));
    }
    expect(kg.adjacency.outOf("no-such-entity")).toHaveLength(0);
  });
});

describe("a knowledge graph builds only what a question needs", () => {
  it("answers backers and allies from the adjacency and the relations it touches, with no graph and no whole relation list", async () => {
    const shipped = await shippedGraph();
    const full = relationTableOf(shipped.dataset);
    const decoded = new Set<number>();
    const table: RelationTable = {
      ...full,
      id: full.id,
      relation: (i) => {
        decoded.add(i);
        return full.relation(i);
      },
    };
    const dataset = {
      sources: shipped.dataset.sources,
      entities: shipped.dataset.entities,
      get relations(): Dataset["relations"] {
        throw new Error("the whole relation list was asked for");
      },
    };
    const lean = knowledgeGraphOf({ dataset, table });
    const date = parseQueryDate("2019-06");
    expect(backersOf(lean, "sdf", date)).toEqual(backersOf(shipped, "sdf", date));
    expect(alliesOf(lean, "syrian-government", date)).toEqual(alliesOf(shipped, "syrian-government", date));
    expect(decoded.size).toBeGreaterThan(0);
    expect(decoded.size).toBeLessThan(full.size / 2);
    expect(() => lean.graph).toThrow(/whole relation list/);
  });

  it("takes a snapshot from the table's columns, decoding only its hits, with no graph and no whole relation list", async () => {
    const shipped = await shippedGraph();
    const full = relationTableOf(shipped.dataset);
    const decoded = new Set<number>();
    const table: RelationTable = {
      ...full,
      relation: (i) => {
        decoded.add(i);
        return full.relation(i);
      },
    };
    const dataset = {
      sources: shipped.dataset.sources,
      entities: shipped.dataset.entities,
      get relations(): Dataset["relations"] {
        throw new Error("the whole relation list was asked for");
      },
    };
    const lean = knowledgeGraphOf({ dataset, table });
    const date = parseQueryDate("2020-03-05");
    const answer = (hits: ReturnType<typeof snapshotAt>["hits"]) =>
      hits.list().map((h) => [h.relation.id, h.certainty, h.basis.kind]);
    const hits = snapshotAt(lean, date, 3).hits;
    expect(answer(hits)).toEqual(answer(snapshotAt(shipped, date, 3).hits));
    expect(hits.count).toBeGreaterThan(0);
    expect(decoded.size).toBe(hits.count);
    expect(decoded.size).toBeLessThan(full.size);
  });
});
