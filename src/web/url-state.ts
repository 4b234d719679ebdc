import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { EntityKind, RelationKind, Status } from "../model/core.js";
import { dayToIso, ENTITY_KINDS, parseEdtf, RELATION_KIND_IDS } from "../model/core.js";
import type { CompareDates, ExplorerState, Filters, Selection } from "./explorer-state.js";

/** Every relation status, in display order. */
export const STATUSES: readonly Status[] = ["reported", "claimed", "disputed"];

/** What a URL asks for; the path is given by its two ends and found again on load. */
export interface UrlView {
  readonly day?: number;
  readonly windowDays?: number;
  readonly selection?: Selection;
  readonly filters?: Filters;
  readonly measure?: string;
  readonly pathEnds?: readonly [string, string];
  readonly compare?: CompareDates;
  readonly certainOnly?: boolean;
}

/** A URL read back: what it asks for, and what in it was not understood (ignored, and said so). */
export interface ParsedUrl {
  readonly view: UrlView;
  readonly problems: readonly string[];
}

function parseList<T extends string>(
  value: string | null,
  allowed: readonly T[],
  name: string,
  problems: string[],
): Set<T> {
  const out = new Set<T>();
  for (const item of (value ?? "").split(",").filter(Boolean)) {
    if ((allowed as readonly string[]).includes(item)) out.add(item as T);
    else problems.push(`${name}: "${item}" is not one of ${allowed.join(", ")}`);
  }
  return out;
}

function without<T extends string>(all: readonly T[], hidden: ReadonlySet<T>): Set<T> {
  return new Set(all.filter((x) => !hidden.has(x)));
}

/**
 * Reads the view a URL's query asks for: `date`, `window` (days), `entity` or `relation` (selection),
 * `hide-entities`, `hide-relations`, `hide-status` (comma lists), `idle=1`, `measure`, `path=FROM,TO`,
 * `compare=EARLIER,LATER` (two ISO days), `certain=1` (only certain answers).
 */
export function parseUrlView(search: string, kg: KnowledgeGraph, measures: readonly string[]): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const view: { -readonly [K in keyof UrlView]: UrlView[K] } = {};
  const date = params.get("date");
  if (date !== null) {
    const parsed = parseEdtf(date);
    if (parsed.ok) view.day = parsed.date.lo;
    else problems.push(`date: ${parsed.reason}`);
  }
  const window = params.get("window");
  if (window !== null) {
    const n = Number(window);
    if (Number.isInteger(n) && n >= 0 && n <= 3650) view.windowDays = n;
    else problems.push(`window: "${window}" is not a whole number of days from 0 to 3650`);
  }
  const entity = params.get("entity");
  const relation = params.get("relation");
  if (entity !== null) {
    if (kg.entities.has(entity)) view.selection = { kind: "entity", id: entity };
    else problems.push(`entity: no entity has the id "${entity}"`);
  } else if (relation !== null) {
    if (kg.relations.has(relation)) view.selection = { kind: "relation", id: relation };
    else problems.push(`relation: no relation has the id "${relation}"`);
  }
  const filterKeys = ["hide-entities", "hide-relations", "hide-status", "idle"];
  if (filterKeys.some((k) => params.has(k))) {
    view.filters = {
      entityKinds: without(
        ENTITY_KINDS,
        parseList(params.get("hide-entities"), ENTITY_KINDS, "hide-entities", problems),
      ),
      relationKinds: without(
        RELATION_KIND_IDS,
        parseList(params.get("hide-relations"), RELATION_KIND_IDS, "hide-relations", problems),
      ),
      statuses: without(STATUSES, parseList(params.get("hide-status"), STATUSES, "hide-status", problems)),
      showIdle: params.get("idle") === "1",
    };
  }
  const measure = params.get("measure");
  if (measure !== null) {
    if (measures.includes(measure)) view.measure = measure;
    else problems.push(`measure: "${measure}" is not one of ${measures.join(", ")}`);
  }
  const path = params.get("path");
  if (path !== null) {
    const ends = path.split(",");
    if (ends.length === 2 && ends.every((e) => kg.entities.has(e))) view.pathEnds = [ends[0]!, ends[1]!];
    else problems.push(`path: "${path}" is not two entity ids separated by a comma`);
  }
  const compare = params.get("compare");
  if (compare !== null) {
    const days = compare.split(",").map((d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? parseEdtf(d) : null));
    const [a, b] = days.map((d) => (d?.ok ? d.date.lo : NaN));
    if (days.length === 2 && a! < b!) view.compare = { before: a!, after: b! };
    else
      problems.push(
        `compare: "${compare}" is not two days YYYY-MM-DD, the earlier first, separated by a comma`,
      );
  }
  const certain = params.get("certain");
  if (certain !== null) {
    if (certain === "1") view.certainOnly = true;
    else problems.push(`certain: "${certain}" is not 1 (only certain answers)`);
  }
  return { view, problems };
}

function hiddenList<T extends string>(all: readonly T[], shown: ReadonlySet<T>): string {
  return all.filter((x) => !shown.has(x)).join(",");
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Whether two filter settings are the same. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    sameSet(a.entityKinds, b.entityKinds) &&
    sameSet(a.relationKinds, b.relationKinds) &&
    sameSet(a.statuses, b.statuses) &&
    a.showIdle === b.showIdle
  );
}

/**
 * The query string of a state, naming only what differs from the defaults, so links stay short;
 * filters, when changed, are written in full (every hidden kind, even none).
 */
export function urlQueryOf(state: ExplorerState, defaults: ExplorerState): string {
  const params = new URLSearchParams();
  params.set("date", dayToIso(state.day));
  if (state.windowDays !== defaults.windowDays) params.set("window", String(state.windowDays));
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  const f = state.filters;
  if (!sameFilters(f, defaults.filters)) {
    params.set("hide-entities", hiddenList<EntityKind>(ENTITY_KINDS, f.entityKinds));
    params.set("hide-relations", hiddenList<RelationKind>(RELATION_KIND_IDS, f.relationKinds));
    params.set("hide-status", hiddenList(STATUSES, f.statuses));
    if (f.showIdle) params.set("idle", "1");
  }
  if (state.measure !== defaults.measure) params.set("measure", state.measure);
  if (state.path) params.set("path", `${state.path.from},${state.path.to}`);
  if (state.compare)
    params.set("compare", `${dayToIso(state.compare.before)},${dayToIso(state.compare.after)}`);
  if (state.certainOnly) params.set("certain", "1");
  return `?${params.toString().replace(/%2C/g, ",")}`;
}
