import type { EntityKind } from "../model/core.js";
import type { EventFormat } from "./column-layouts.js";
import type { Rejection } from "./row-reader.js";

/** An actor the import created, for review. */
export interface CreatedActorReport {
  readonly id: string;
  readonly label: string;
  readonly kind: EntityKind;
  /** The dataset names that led to it. */
  readonly names: readonly string[];
  /** How its kind was inferred. */
  readonly kindReason: string;
  /** Events it takes part in. */
  readonly events: number;
  /** Existing entities with a similar name (never merged automatically). */
  readonly similar: readonly string[];
}

/** A dataset name matched to an existing entity. */
export interface MatchedActorReport {
  readonly name: string;
  readonly entity: string;
  readonly match: string;
  readonly events: number;
}

/** What an import did (or, with --dry-run or a failed --strict, would do). */
export interface ImportReport {
  readonly format: EventFormat;
  readonly file: string;
  readonly into: string;
  /** The dataset source the evidence points at, and its release. */
  readonly source: string;
  readonly version: string;
  readonly rows: number;
  readonly kept: number;
  readonly rejected: readonly Rejection[];
  readonly entities: {
    readonly matched: number;
    readonly created: readonly CreatedActorReport[];
    readonly names: readonly MatchedActorReport[];
  };
  readonly places: {
    readonly matched: number;
    readonly created: number;
    readonly provincesCreated: readonly string[];
  };
  readonly relations: {
    readonly added: number;
    readonly replaced: number;
    readonly unchanged: number;
    /** Relations of re-imported events that the new version of the event no longer has. */
    readonly removed: number;
  };
  /** False for --dry-run and for --strict with a rejected row: the folder is as it was. */
  readonly written: boolean;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

/** The report in words, as the CLI prints it (rejected rows are listed separately, as FILE:LINE: reason). */
export function formatImportReport(r: ImportReport): string {
  const lines = [
    `${r.file}: ${plural(r.rows, "row")} = ${r.kept.toLocaleString("en-US")} kept + ${r.rejected.length.toLocaleString("en-US")} rejected (${r.format} ${r.version}, source ${r.source})`,
    `actors: ${r.entities.matched} matched to the graph, ${r.entities.created.length} created for review`,
    `places: ${r.places.matched} matched, ${r.places.created} created${r.places.provincesCreated.length > 0 ? ` (provinces: ${r.places.provincesCreated.join(", ")})` : ""}`,
    `relations: ${r.relations.added} added, ${r.relations.replaced} replaced, ${r.relations.unchanged} unchanged, ${r.relations.removed} removed`,
  ];
  if (r.entities.names.length > 0) {
    lines.push("", "Dataset name → entity (how matched, events):");
    for (const m of r.entities.names) lines.push(`  ${m.name} → ${m.entity} (${m.match}, ${m.events})`);
  }
  if (r.entities.created.length > 0) {
    lines.push("", "Created actors to review (id, kind: why; events; similar existing entities):");
    for (const c of r.entities.created) {
      const similar = c.similar.length > 0 ? `; similar: ${c.similar.join(", ")}` : "";
      const names = c.names.length === 1 && c.names[0] === c.label ? "" : ` [${c.names.join(" | ")}]`;
      lines.push(`  ${c.id}, ${c.kind}: ${c.kindReason}; ${c.events} events${similar}${names}`);
    }
  }
  lines.push(
    "",
    r.written
      ? `written to ${r.into}`
      : `nothing written to ${r.into}${r.rejected.length > 0 ? "" : " (dry run)"}`,
  );
  return `${lines.join("\n")}\n`;
}
