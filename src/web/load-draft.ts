/**
 * A draft (`faultline draft` file or `--json` output) laid over a dataset for a reviewer to see
 * where its proposals land: every proposal accepted as `faultline review --accept all` would, then
 * validated with every `check` rule, the proposals remembered so the page draws them apart.
 */
import { jsonPath } from "../data/problem.js";
import type { GraphDataFile } from "../data/validate-graph-data.js";
import { validateGraphData } from "../data/validate-graph-data.js";
import { applyReview } from "../draft/apply-review.js";
import { DraftSchema } from "../draft/draft-schema.js";
import type { Draft, DraftEntity, DraftRelation, DraftSource } from "../draft/draft-types.js";
import { graphDataContent } from "../formats/graph-data-content.js";
import type { Dataset } from "../model/core.js";
import type { LoadProblem } from "./load-problem.js";
import { fromProblem } from "./load-problem.js";

/** What a draft proposes: its source, new entities and relations (the `draft --json` shape). */
export interface DraftProposals {
  readonly source: DraftSource;
  readonly entities: readonly DraftEntity[];
  readonly relations: readonly DraftRelation[];
}

/** A proposal drawn on the graph: the relation it shows (new, or an existing one it brings evidence to) and how sure the drafter was. */
export interface ShownProposal {
  /** The draft's id of the proposal. */
  readonly id: string;
  readonly confidence: number;
  readonly rule: string;
  /** The existing relation it adds evidence to, when it is not a new relation. */
  readonly addsTo?: string;
  /** The proposal it follows from, for a control derived from a proposed capture. */
  readonly derivedFrom?: string;
}

/** The proposals of a draft laid over a dataset, by the ids the page draws (relation and entity ids). */
export interface Proposals {
  /** The draft file, as named in the page. */
  readonly file: string;
  readonly sourceId: string;
  /** The publication day of the report (EDTF), where the page moves the date. */
  readonly published: string;
  readonly relations: ReadonlyMap<string, ShownProposal>;
  readonly entities: ReadonlyMap<string, DraftEntity>;
  /** What a reviewer still has to settle that the page cannot show (a new place without coordinates). */
  readonly notes: readonly string[];
}

const ProposalsSchema = DraftSchema.pick({ source: true, entities: true, relations: true });

/** Whether parsed JSON is a draft (a draft file, or `draft --json` output) rather than data. */
export function isDraftJson(json: unknown): boolean {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return (
    o.format === "faultline-draft/1" ||
    (typeof o.source === "object" &&
      o.source !== null &&
      Array.isArray(o.relations) &&
      Array.isArray(o.entities))
  );
}

/** Reads a draft's proposals with the draft schema; every problem at its JSON path. */
export function parseDraftProposals(
  json: unknown,
  file: string,
): { ok: true; proposals: DraftProposals } | { ok: false; problems: LoadProblem[] } {
  const parsed = ProposalsSchema.safeParse(json);
  if (parsed.success) return { ok: true, proposals: parsed.data as DraftProposals };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ file, place: jsonPath(i.path), message: i.message })),
  };
}

/** A stand-in position for a new place the draft gives no coordinates for, only so the entity passes the schema; taken off again after validation. */
const STAND_IN_PLACE = { placeKind: "site", lat: 0, lon: 0, approximate: true } as const;

/**
 * Lays a draft over a dataset: the graph-data content of the dataset with every proposal accepted
 * (as review does), validated with every `check` rule. Problems inside a proposal are named at the
 * draft file and the proposal's id. A new place without coordinates is kept without a position
 * (the network places it near its neighbours, the map leaves it out) and named in `notes`.
 */
export function overlayDraft(
  dataset: Dataset,
  draft: DraftProposals,
  file: string,
): { ok: true; dataset: Dataset; proposals: Proposals } | { ok: false; problems: LoadProblem[] } {
  const content = new Map<string, unknown>(graphDataContent(dataset).map((f) => [f.path, f.json]));
  const full: Draft = {
    format: "faultline-draft/1",
    report: { path: file, sha256: "", paragraphs: 1 },
    source: draft.source,
    entities: draft.entities,
    relations: draft.relations,
    stats: { sentences: 0, knownMentions: 0, newNames: 0 },
  };
  const accept = new Set([...draft.entities.map((e) => e.id), ...draft.relations.map((r) => r.id)]);
  const { changed, summary } = applyReview(content, full, { accept, reject: new Set(), merge: new Map() });
  // Review may file a relation under another id than the draft's (one that says what it is, unique).
  const mergedId = new Map(summary.renamed.map((r) => [r.from, r.to]));
  const unplaced = draft.entities.filter(
    (e) =>
      e.kind === "place" && (e.place?.lat === undefined || e.place.lon === undefined || !e.place.placeKind),
  );
  const unplacedIds = new Set(unplaced.map((e) => e.id));
  const files: GraphDataFile[] = [];
  for (const [path, json] of new Map([...content, ...changed])) {
    const role =
      path === "sources.json" ? "sources" : path.startsWith("entities/") ? "entities" : "relations";
    let value = json as Record<string, unknown>;
    if (role === "entities" && changed.has(path)) {
      // The stand-in fills only what is missing; what the draft gives (a place kind) is kept.
      const list = value.entities as Record<string, unknown>[];
      value = { ...value, entities: list.map((e) => (unplacedIds.has(e.id as string) ? withStandIn(e) : e)) };
    }
    files.push({ name: path, role, content: value });
  }
  const proposalIds = new Set([...accept, ...mergedId.values(), draft.source.id]);
  const draftIdOf = new Map([...mergedId].map(([from, to]) => [to, from]));
  const { dataset: merged, problems } = validateGraphData(files, null, []);
  if (!merged) {
    return {
      ok: false,
      // The data shown was valid: every problem comes from laying the draft over it, so it is named at the draft.
      problems: problems.map((p) =>
        p.id !== undefined && proposalIds.has(p.id)
          ? { file, place: `proposal ${draftIdOf.get(p.id) ?? p.id}`, message: p.message }
          : { ...fromProblem(p), file, message: `with the data shown (${p.file}): ${p.message}` },
      ),
    };
  }
  const relations = new Map<string, ShownProposal>();
  for (const r of draft.relations) {
    const shown = {
      id: r.id,
      confidence: r.confidence,
      rule: r.rule,
      ...(r.addsTo ? { addsTo: r.addsTo } : {}),
    };
    relations.set(r.addsTo ?? mergedId.get(r.id) ?? r.id, shown);
  }
  for (const r of merged.relations) {
    const from = r.derivedFrom?.find((id) => relations.has(id));
    if (from && !relations.has(r.id)) {
      const p = relations.get(from)!;
      relations.set(r.id, { id: p.id, confidence: p.confidence, rule: p.rule, derivedFrom: from });
    }
  }
  const entities = new Map(draft.entities.map((e) => [e.id, e]));
  return {
    ok: true,
    dataset: {
      ...merged,
      // Positions a draft does not give are not made up: the stand-in goes again.
      entities: merged.entities.map((e) => {
        if (!unplacedIds.has(e.id)) return e;
        const { place: _standIn, ...rest } = e;
        return rest;
      }),
    },
    proposals: {
      file,
      sourceId: draft.source.id,
      published: draft.source.published,
      relations,
      entities,
      notes: unplaced.map(
        (e) =>
          `${e.label} (${e.id}): a new place without coordinates in the draft; drawn near the entities it is linked to, not on the map (review with --set ${e.id}.place=KIND,LAT,LON)`,
      ),
    },
  };
}

/** A new place's record with the stand-in filling only the place fields the draft left out. */
function withStandIn(e: Record<string, unknown>): Record<string, unknown> {
  const given = (e.place ?? {}) as Record<string, unknown>;
  const place: Record<string, unknown> = { ...STAND_IN_PLACE };
  for (const [k, v] of Object.entries(given)) if (v !== undefined) place[k] = v;
  return { ...e, place };
}
