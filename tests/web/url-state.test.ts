import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { ENTITY_KINDS, RELATION_KIND_IDS, dayNumber } from "../../src/model/core.js";
import type { ExplorerState } from "../../src/web/explorer-state.js";
import { NameIndex } from "../../src/web/name-index.js";
import { parseUrlView, STATUSES, urlQueryOf } from "../../src/web/url-state.js";
import { miniGraph } from "../helpers/mini-graph.js";

const MEASURES = ["degree", "pagerank"];

let kg: KnowledgeGraph;
let defaults: ExplorerState;

beforeAll(async () => {
  kg = await miniGraph();
  defaults = {
    day: dayNumber(2024, 12, 1),
    windowDays: 15,
    filters: {
      entityKinds: new Set(ENTITY_KINDS),
      relationKinds: new Set(RELATION_KIND_IDS.filter((k) => k !== "located-in")),
      statuses: new Set(STATUSES),
      showIdle: false,
    },
    selection: null,
    hovered: null,
    path: null,
    measure: "degree",
  };
});

/** The state a URL gives, on top of the defaults (as the page builds it). */
function stateOf(query: string): ExplorerState {
  const { view, problems } = parseUrlView(query, kg, MEASURES);
  expect(problems).toEqual([]);
  return {
    ...defaults,
    ...(view.day !== undefined ? { day: view.day } : {}),
    ...(view.windowDays !== undefined ? { windowDays: view.windowDays } : {}),
    ...(view.selection ? { selection: view.selection } : {}),
    ...(view.filters ? { filters: view.filters } : {}),
    ...(view.measure ? { measure: view.measure } : {}),
  };
}

describe("the page's URL state", () => {
  it("writes only what differs from the defaults, and reads back the same state", () => {
    expect(urlQueryOf(defaults, defaults)).toBe("?date=2024-12-01");
    const changed: ExplorerState = {
      ...defaults,
      day: dayNumber(2018, 9, 8),
      windowDays: 3,
      selection: { kind: "relation", id: "patron-backs-gov" },
      filters: {
        entityKinds: new Set(ENTITY_KINDS.filter((k) => k !== "place")),
        relationKinds: new Set(RELATION_KIND_IDS),
        statuses: new Set(["reported"]),
        showIdle: true,
      },
      measure: "pagerank",
    };
    const query = urlQueryOf(changed, defaults);
    expect(query).toBe(
      "?date=2018-09-08&window=3&relation=patron-backs-gov&hide-entities=place&hide-relations=&hide-status=claimed,disputed&idle=1&measure=pagerank",
    );
    const back = stateOf(query);
    expect(urlQueryOf(back, defaults)).toBe(query);
    expect(back.filters.relationKinds.has("located-in")).toBe(true);
    expect(back.filters.entityKinds.has("place")).toBe(false);
  });

  it("reports every part it does not understand, and keeps the rest", () => {
    const { view, problems } = parseUrlView(
      "?date=2019-02-30&window=-2&entity=nobody&hide-status=rumoured&measure=fame&path=gov&hide-entities=place",
      kg,
      MEASURES,
    );
    expect(problems).toHaveLength(6);
    expect(problems.join("\n")).toMatch(/date: .*2019-02-30/);
    expect(problems.join("\n")).toContain('entity: no entity has the id "nobody"');
    expect(problems.join("\n")).toContain(
      'hide-status: "rumoured" is not one of reported, claimed, disputed',
    );
    expect(view.filters?.entityKinds.has("place")).toBe(false);
    expect(view.day).toBeUndefined();
  });

  it("keeps the questions panel's only-certain toggle as certain=1, and refuses other values", () => {
    const query = urlQueryOf({ ...defaults, certainOnly: true }, defaults);
    expect(query).toBe("?date=2024-12-01&certain=1");
    expect(parseUrlView(query, kg, MEASURES).view.certainOnly).toBe(true);
    expect(urlQueryOf({ ...defaults, certainOnly: false }, defaults)).toBe("?date=2024-12-01");
    const { view, problems } = parseUrlView("?certain=yes", kg, MEASURES);
    expect(view.certainOnly).toBeUndefined();
    expect(problems).toEqual(['certain: "yes" is not 1 (only certain answers)']);
  });

  it("reads a month as its first day and a path as its two ends", () => {
    const { view } = parseUrlView("?date=2018-09&path=rebels,town", kg, MEASURES);
    expect(view.day).toBe(dayNumber(2018, 9, 1));
    expect(view.pathEnds).toEqual(["rebels", "town"]);
  });
});

describe("completion over names and aliases", () => {
  it("offers the entity whose alias starts with what was typed, naming the alias", () => {
    const names = new NameIndex(kg.dataset.entities);
    expect(names.complete("levant reb")).toEqual([
      { entity: kg.entities.get("rebels"), name: "Levant Rebel Organization" },
    ]);
  });

  it("puts label prefixes first, then word prefixes, whatever the case and accents", () => {
    const names = new NameIndex(kg.dataset.entities);
    expect(names.complete("IDLIB").map((m) => m.entity.id)).toEqual(["idlib", "idlib-province"]);
    // One suggestion per entity, naming its closest alias: "the regime" is "regime" once its
    // leading article is ignored, closer than "Régime forces".
    expect(names.complete("regime")).toEqual([{ entity: kg.entities.get("gov"), name: "the regime" }]);
    expect(names.complete("regime f")).toEqual([{ entity: kg.entities.get("gov"), name: "Régime forces" }]);
    expect(names.complete("the reg")).toEqual([{ entity: kg.entities.get("gov"), name: "the regime" }]);
    expect(names.complete("")).toEqual([]);
  });
});
