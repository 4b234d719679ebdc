import type { Relation, RelationKind } from "../model/core.js";
import type { DatasetEvent } from "./dataset-event.js";

/** The entities an event's actors and place were reconciled to, in dataset order. */
export interface ReconciledEvent {
  readonly event: DatasetEvent;
  readonly sideA: readonly string[];
  readonly sideB: readonly string[];
  readonly place: string;
}

/** What one event gives: its relations, or why none can be made. */
export type EventRelations = { ok: true; relations: Relation[] } | { ok: false; reason: string };

/** The prefix of every relation id made from a dataset's events. */
export const RELATION_PREFIX: Readonly<Record<DatasetEvent["format"], string>> = {
  "ucdp-ged": "ucdp-ged",
  acled: "acled",
};

/** The id stem of an event's relations: the dataset and its own event id. */
export function eventStem(event: DatasetEvent): string {
  const id = event.eventId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${RELATION_PREFIX[event.format]}-${id || "event"}`;
}

/**
 * The relations of one event: the category's relation between the sides (each pair of opposing
 * actors for UCDP GED's multi-actor sides; ACLED's two named actors), or from side A to the
 * event's place for one-sided violence, captures and sole actions; and `fought-alongside` between
 * every two actors of one side (co-belligerents on that day). Ids come from the event id, so an
 * import of the same file makes the same relations.
 */
export function eventRelations(r: ReconciledEvent, sourceId: string, datasetName: string): EventRelations {
  const { event } = r;
  const stem = eventStem(event);
  const rule = event.category;
  const kind: RelationKind | null =
    event.opponent === "actor"
      ? rule.againstActor
      : event.opponent === "civilians"
        ? rule.againstCivilians
        : rule.alone;
  if (kind === null) return { ok: false, reason: `${rule.label}: ${rule.notImported ?? "no relation"}` };
  const toPlace = kind === "captured" || kind === "targeted-civilians" || event.opponent !== "actor";
  const details = {
    place: r.place,
    deaths: event.deaths,
    ...(event.period ? { period: event.period } : {}),
    datePrecision: event.datePrecision,
    placePrecision: event.place.precision,
  };
  const deaths = event.deaths.best === 1 ? "1 death" : `${event.deaths.best} deaths`;
  const evidence = (what: string) => [
    {
      source: sourceId,
      record: event.eventId,
      note: `${datasetName} event ${event.eventId}: ${what} at ${event.place.name} (${deaths}); reported by ${event.reportedIn}.`,
    },
  ];
  const relation = (id: string, k: RelationKind, source: string, target: string, what: string): Relation => ({
    id,
    kind: k,
    source,
    target,
    date: event.date,
    status: "reported",
    event: details,
    evidence: evidence(what),
  });
  const relations: Relation[] = [];
  const principalsOnly = event.format === "acled";
  const sideA = principalsOnly ? r.sideA.slice(0, 1) : r.sideA;
  const sideB = principalsOnly ? r.sideB.slice(0, 1) : r.sideB;
  if (toPlace) {
    sideA.forEach((a, i) => {
      if (relations.some((x) => x.source === a)) return;
      relations.push(relation(i === 0 ? stem : `${stem}-a${i + 1}`, kind, a, r.place, rule.label));
    });
  } else {
    sideA.forEach((a, i) =>
      sideB.forEach((b, j) => {
        if (a === b || relations.some((x) => x.source === a && x.target === b)) return;
        const id = i === 0 && j === 0 ? stem : `${stem}-a${i + 1}-b${j + 1}`;
        relations.push(relation(id, kind, a, b, rule.label));
      }),
    );
    if (relations.length === 0)
      return {
        ok: false,
        reason: `both sides are the same entity (${sideA.join(", ")}): no relation between them`,
      };
  }
  for (const [letter, side] of [
    ["a", r.sideA],
    ["b", toPlace ? [] : r.sideB],
  ] as const) {
    side.forEach((x, i) =>
      side.forEach((y, j) => {
        if (
          j <= i ||
          x === y ||
          relations.some((z) => z.kind === "fought-alongside" && z.source === x && z.target === y)
        )
          return;
        relations.push(
          relation(
            `${stem}-${letter}${i + 1}-${letter}${j + 1}`,
            "fought-alongside",
            x,
            y,
            `same side in ${rule.label}`,
          ),
        );
      }),
    );
  }
  return { ok: true, relations };
}
