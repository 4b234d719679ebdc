import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { locateCorpus } from "../../data/corpus-location.js";
import { loadDataset } from "../../data/load-graph-data.js";
import type { ReviewDecisions, ReviewSummary } from "../../draft/apply-review.js";
import { applyReview } from "../../draft/apply-review.js";
import { parseDraft } from "../../draft/draft-schema.js";
import type { Draft } from "../../draft/draft-types.js";
import { readGraphDataJson, updateGraphData, writeUpdatedCopy } from "../../draft/graph-data-update.js";
import type { RelationField } from "../../draft/review-edits.js";
import { editRelation, mergeEntity, placeEntity, RELATION_FIELDS } from "../../draft/review-edits.js";
import type { Prompter } from "../../draft/review-session.js";
import { reviewInteractively } from "../../draft/review-session.js";
import type { ReportText } from "../../draft/report-text.js";
import { readReport } from "../../draft/report-text.js";
import { badInput, FaultlineError } from "../../faultline-error.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { writeJson } from "../io.js";

function list(value: unknown, split = true): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => (split ? String(v).split(",") : [String(v)]))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function readDraft(path: string, display: string): Draft {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw badInput(`${display}: cannot read the draft (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw badInput(`${display}: not JSON (${(error as Error).message})`);
  }
  const parsed = parseDraft(json);
  if (!parsed.ok) throw badInput(parsed.problems.map((p) => `${display}: ${p}`));
  return parsed.draft;
}

/** The report a draft was made from, when it is still there unchanged (to show trigger words). */
function reportOf(draft: Draft, draftPath: string, io: CliIo): ReportText | null {
  const path = resolve(dirname(draftPath), draft.report.path);
  if (!existsSync(path)) {
    io.stderr.write(`note: ${draft.report.path} not found; trigger words are shown as offsets\n`);
    return null;
  }
  const digest = createHash("sha256").update(readFileSync(path)).digest("hex");
  if (digest !== draft.report.sha256) {
    io.stderr.write(
      `note: ${draft.report.path} changed since the draft; trigger words are shown as offsets\n`,
    );
    return null;
  }
  return readReport(path, draft.report.path);
}

/** Reads answers line by line from stdin, writing each question to stdout. */
function stdinPrompter(io: CliIo): { prompter: Prompter; close(): void } {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    prompter: {
      async ask(question) {
        io.stdout.write(question);
        const next = await lines.next();
        return next.done ? null : next.value;
      },
    },
    close: () => rl.close(),
  };
}

/** Applies `--set ID.FIELD=VALUE` changes (kind, source, target, date, status, place) to a draft. */
function applySets(draft: Draft, sets: readonly string[], known: ReadonlySet<string>): Draft {
  const problems: string[] = [];
  let out = draft;
  for (const set of sets) {
    const m = /^([a-z0-9-]+)\.([a-z]+)=(.*)$/.exec(set);
    if (!m) {
      problems.push(`--set "${set}": write ID.FIELD=VALUE (fields: ${RELATION_FIELDS.join(", ")}, place)`);
      continue;
    }
    const [, id, field, value] = m as unknown as [string, string, string, string];
    try {
      if (field === "place") out = placeEntity(out, id, value.replace(/,/g, " "));
      else if ((RELATION_FIELDS as readonly string[]).includes(field))
        out = editRelation(out, id, field as RelationField, value, known);
      else
        problems.push(
          `--set "${set}": unknown field "${field}" (fields: ${RELATION_FIELDS.join(", ")}, place)`,
        );
    } catch (error) {
      if (!(error instanceof FaultlineError)) throw error;
      problems.push(`--set "${set}": ${error.message}`);
    }
  }
  if (problems.length > 0) throw badInput(problems);
  return out;
}

function summaryText(s: ReviewSummary, dataArg: string): string {
  const lines = [`Added to ${dataArg}:`];
  lines.push(`  source:    ${s.source ?? "(none new)"}`);
  lines.push(`  entities:  ${s.entities.length ? s.entities.join(", ") : "(none)"}`);
  if (s.merged.length) lines.push(`  merged:    ${s.merged.map((m) => `${m.from} → ${m.into}`).join(", ")}`);
  lines.push(`  relations: ${s.relations.length ? s.relations.join(", ") : "(none)"}`);
  for (const r of s.renamed)
    lines.push(`  renamed:   ${r.from} → ${r.to} (its kind, ends or date were changed)`);
  if (s.evidenceFor.length) lines.push(`  evidence for existing relations: ${s.evidenceFor.join(", ")}`);
  lines.push(`  rejected:  ${s.rejected.length}, left undecided: ${s.undecided.length}`);
  lines.push(`  files:     ${s.files.join(", ")}`);
  lines.push("Every check rule passed.");
  return `${lines.join("\n")}\n`;
}

/**
 * `faultline review DRAFT [--accept ID…] [--reject ID…] [--merge NEW=ID…] [--set ID.FIELD=VALUE…]`:
 * walks the proposals in the terminal, or decides them from the options, then merges what was
 * accepted into graph-data atomically once every check rule passes.
 */
export const reviewCommand: Command = {
  usage:
    "review DRAFT [--accept ID[,ID…]|all] [--reject ID[,ID…]] [--merge NEW=EXISTING] [--set ID.FIELD=VALUE]",
  help: [
    "DRAFT              a file written by `faultline draft`",
    "Without --accept/--reject/--merge/--set, each proposal is shown with the report's words and",
    "asked about on the terminal (a accept, r reject, kind/source/target/date/status to change,",
    "merge ID to make a new entity an existing one, place KIND LAT LON, s skip, q stop, ? help).",
    "--accept ID…       accept these proposals (`all`: every one); ends an accepted relation needs come along",
    "--reject ID…       reject these proposals",
    "--merge NEW=ID     a proposed entity is the existing entity ID (its name becomes an alias)",
    "--set ID.FIELD=V   change a proposal first: kind, source, target, date, status ('claimed BY'), place (KIND,LAT,LON)",
    "--out DIR          write the updated graph-data to DIR (which must not exist) and leave --data as it is",
    "What is accepted is validated with every `check` rule and written to graph-data (or --data)",
    "atomically; on any problem nothing is written and the exit status is 2.",
  ],
  options: {
    accept: { type: "string", multiple: true },
    reject: { type: "string", multiple: true },
    merge: { type: "string", multiple: true },
    set: { type: "string", multiple: true },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const draftArg = args.positionals[0]!;
    const draftPath = resolve(draftArg);
    const outArg = typeof args.values.out === "string" ? args.values.out : undefined;
    if (outArg !== undefined && existsSync(resolve(outArg)))
      throw badInput(`--out ${outArg} already exists: choose a new folder (review never replaces one)`);
    let draft = readDraft(draftPath, draftArg);
    const dataset = await loadDataset(args.dataDir);
    const known = new Set(dataset.entities.map((e) => e.id));
    const accept = list(args.values.accept);
    const reject = list(args.values.reject);
    const merges = list(args.values.merge, false);
    const sets = list(args.values.set, false);
    let decisions: ReviewDecisions;
    if (accept.length + reject.length + merges.length + sets.length === 0) {
      const report = reportOf(draft, draftPath, io);
      const terminal = stdinPrompter(io);
      try {
        ({ draft, decisions } = await reviewInteractively(
          draft,
          known,
          terminal.prompter,
          (t) => io.stdout.write(t),
          report,
        ));
      } finally {
        terminal.close();
      }
      io.stdout.write("\n");
    } else {
      const ids = new Set([...draft.entities.map((e) => e.id), ...draft.relations.map((r) => r.id)]);
      const unknown = [...accept, ...reject].filter((id) => id !== "all" && !ids.has(id));
      const problems = unknown.map((id) => `no proposal "${id}" in ${draftArg}`);
      const merge = new Map<string, string>();
      for (const m of merges) {
        const [from, into] = m.split("=");
        if (!from || !into) problems.push(`--merge "${m}": write NEW=EXISTING`);
        else merge.set(from, into);
      }
      if (problems.length > 0) throw badInput(problems);
      draft = applySets(draft, sets, known);
      for (const [from, into] of merge) draft = mergeEntity(draft, from, into, known);
      decisions = {
        accept: new Set(accept.includes("all") ? [...ids] : accept),
        reject: new Set(reject),
        merge,
      };
    }
    const { changed, summary, problems } = applyReview(readGraphDataJson(args.dataDir), draft, decisions);
    if (problems.length > 0) throw badInput(problems.map((p) => `${draftArg}: ${p}`));
    const dataArg = outArg ?? (relative(process.cwd(), args.dataDir) || ".");
    if (changed.size === 0) {
      if (args.json) writeJson(io, { ok: true, ...summary });
      else
        io.stdout.write(
          `Nothing accepted: ${dataArg} is unchanged (${summary.rejected.length} rejected, ${summary.undecided.length} left undecided).\n`,
        );
      return EXIT.ok;
    }
    const corpusDir = locateCorpus().dir;
    const checkProblems = outArg
      ? await writeUpdatedCopy(args.dataDir, resolve(outArg), changed, corpusDir)
      : await updateGraphData(args.dataDir, changed, corpusDir);
    if (checkProblems.length > 0) {
      for (const p of checkProblems) io.stderr.write(`${p}\n`);
      throw badInput(
        `${checkProblems.length} problem(s) with the accepted proposals; nothing written to ${dataArg}`,
      );
    }
    if (args.json) writeJson(io, { ok: true, ...summary });
    else io.stdout.write(summaryText(summary, dataArg));
    return EXIT.ok;
  },
};
