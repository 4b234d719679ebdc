import { describe, expect, it } from "vitest";
import { lifetimeConflict } from "../../src/import/actor-lifetime.js";
import type { DatasetEvent } from "../../src/import/dataset-event.js";
import type { Entity } from "../../src/model/core.js";

const group: Entity = {
  id: "group",
  label: "Group",
  kind: "armed-group",
  aliases: [],
  sharedNames: [],
  founded: "2017-01-28",
  dissolved: "2025-01",
  lifetimeEvidence: [],
};
const entities = new Map<string, Entity>([["group", group]]);

/** An event with only what the lifetime check reads: its date and dataset period. */
function eventOn(date: string, period?: { start: string; end: string }): DatasetEvent {
  return { date, ...(period ? { period } : {}) } as DatasetEvent;
}

const check = (event: DatasetEvent, id = "group") =>
  lifetimeConflict(event, [[{ name: "The Group" }, id]], (x) => entities.get(x));

describe("an event naming an actor outside its lifetime", () => {
  it("is refused when every day it may have happened on lies before the founding", () => {
    expect(check(eventOn("2016-04-05"))).toBe(
      'actor "The Group" is Group (group), founded 2017-01-28, after this event (2016-04-05): the dataset names an actor that did not exist yet (a group under its later name, or another group of that name), so the row is left out',
    );
    expect(check(eventOn("2017-01", { start: "2017-01-20", end: "2017-01-27" }))).toContain(
      "after this event (2017-01-20 to 2017-01-27)",
    );
  });

  it("is kept when some day of it may lie within the lifetime", () => {
    expect(check(eventOn("2017-01-28"))).toBeNull();
    expect(check(eventOn("2017-01", { start: "2017-01-20", end: "2017-01-28" }))).toBeNull();
    // A month-dated dissolution: any day of January 2025 may still be within it.
    expect(check(eventOn("2025-01-31"))).toBeNull();
  });

  it("is refused after the dissolution, and never for an actor the import creates (no lifetime known)", () => {
    expect(check(eventOn("2025-02-01"))).toContain("dissolved 2025-01, before this event (2025-02-01)");
    expect(check(eventOn("2016-04-05"), "created-by-import")).toBeNull();
  });
});
