import type { EntityKind, RelationKind, Status } from "../model/core.js";

/** Where a piece of drafted evidence was found: the words that triggered it, as paragraph offsets. */
export interface TriggerSpan {
  readonly start: number;
  readonly end: number;
}

/** One drafted piece of evidence: graph-data evidence (our own note) plus the trigger and the rule. */
export interface DraftEvidence {
  readonly source: string;
  readonly paragraph: number;
  readonly note: string;
  readonly claimedBy?: string;
  readonly reportedBy?: string;
  readonly trigger: TriggerSpan;
  readonly rule: string;
}

/**
 * A proposed relation, in the shape of `relations --json` (start = end = date for an event) plus
 * its confidence and rule; `addsTo` names the existing relation it brings new evidence to.
 */
export interface DraftRelation {
  readonly id: string;
  readonly kind: RelationKind;
  readonly source: string;
  readonly target: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly status: Status;
  readonly claimedBy: readonly string[];
  readonly evidence: readonly DraftEvidence[];
  readonly confidence: number;
  readonly rule: string;
  readonly addsTo?: string;
}

/** A proposed new entity in the graph-data shape; a place still lacks coordinates until reviewed. */
export interface DraftEntity {
  readonly id: string;
  readonly label: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
  readonly place?: { readonly placeKind?: string; readonly lat?: number; readonly lon?: number };
  /** Where the report names it. */
  readonly mentions: readonly { readonly paragraph: number; readonly start: number; readonly end: number }[];
}

/** The source record a draft proposes (or the existing one it adds to, with `existing: true`). */
export interface DraftSource {
  readonly id: string;
  readonly kind: "news-report";
  readonly outlet: string;
  readonly title: string;
  readonly published: string;
  readonly url?: string;
  readonly file?: string;
  readonly language: string;
  readonly inferred: readonly {
    readonly field: "outlet" | "title" | "published" | "url" | "language";
    readonly reason: string;
  }[];
  readonly existing?: boolean;
}

/** A draft: the report it was made from, and what it proposes. */
export interface Draft {
  readonly format: "faultline-draft/1";
  /** The report file (as given) and a digest, so review can show the trigger words from it. */
  readonly report: { readonly path: string; readonly sha256: string; readonly paragraphs: number };
  readonly source: DraftSource;
  readonly entities: readonly DraftEntity[];
  readonly relations: readonly DraftRelation[];
  /** How much of the report the graph recognised. */
  readonly stats: { readonly sentences: number; readonly knownMentions: number; readonly newNames: number };
}
