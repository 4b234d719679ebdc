/**
 * `npm run eval:draft`: drafts each corpus report leave-one-report-out (the resolver knows only
 * what the other reports and reference sources taught the graph) and scores the drafts against the
 * relations curated from that report. Prints precision, recall and F1 per report and overall,
 * status and date accuracy, and a confusion table of kinds. `--min-confidence X` drops weaker
 * proposals first; `--json` prints the figures as JSON; `--details` lists on stderr each report's
 * wrong proposals (with their trigger words) and missed relations (with their curated notes).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultCorpusDir, loadDataset } from "../src/data/load-graph-data.js";
import { draftReport } from "../src/draft/draft-report.js";
import type { ReportScore } from "../src/draft/evaluate.js";
import { EQUIVALENT_KINDS, leaveOneOut, prf, scoreDraft } from "../src/draft/evaluate.js";
import { statedInOneParagraph } from "../src/draft/stated-relations.js";
import { EntityResolver } from "../src/query/entity-resolver.js";
import { splitParagraphs } from "../src/draft/report-text.js";

const { values } = parseArgs({
  options: {
    "min-confidence": { type: "string" },
    json: { type: "boolean" },
    details: { type: "boolean" },
    data: { type: "string" },
  },
});
const dataDir = resolve(values.data ?? "graph-data");
const corpusDir = process.env.FAULTLINE_CORPUS ?? defaultCorpusDir(dataDir);
if (!corpusDir || !existsSync(corpusDir)) {
  process.stderr.write("eval:draft: the corpus folder (../shared/corpus or $FAULTLINE_CORPUS) is missing\n");
  process.exit(2);
}
const minConfidence = Number(values["min-confidence"] ?? 0);
const dataset = await loadDataset(dataDir, { corpusDir });
const reports = dataset.sources.filter(
  (s) => s.kind === "news-report" && s.file && existsSync(join(corpusDir, s.file)),
);
const texts = new Map(reports.map((s) => [s.id, readFileSync(join(corpusDir, s.file!), "utf8")]));

const fullResolver = new EntityResolver(dataset.entities);
/** Scores over the relations the targets are set on (actors only), and over every relation. */
const scores: ReportScore[] = [];
const allScores: ReportScore[] = [];
for (const source of reports) {
  const text = texts.get(source.id)!;
  const { dataset: known, resolver } = leaveOneOut(dataset, source.id, texts);
  const draft = draftReport(
    { file: source.file!, paragraphs: splitParagraphs(text) },
    {
      published: source.published,
      sourceId: source.id,
      reportPath: source.file!,
      sha256: createHash("sha256").update(text).digest("hex"),
    },
    known,
    resolver,
  );
  const kept = { ...draft, relations: draft.relations.filter((r) => r.confidence >= minConfidence) };
  const stated = statedInOneParagraph(dataset.relations, source.id, splitParagraphs(text), fullResolver);
  scores.push(scoreDraft(kept, dataset, source.id, stated, "non-geographic"));
  const all = scoreDraft(kept, dataset, source.id, stated, "all");
  allScores.push(all);
  if (values.details) printDetails(all, splitParagraphs(text));
}

/** `--details`: each wrong proposal with its trigger words, each missed relation with its note. */
function printDetails(score: ReportScore, paragraphs: readonly { number: number; text: string }[]): void {
  const out = [`== ${score.source}: ${score.wrong.length} wrong, ${score.missed.length} missed`];
  for (const p of score.wrong) {
    const e = p.evidence[0]!;
    const words = paragraphs[e.paragraph - 1]?.text.slice(e.trigger.start, e.trigger.end) ?? "";
    out.push(
      `  wrong  ${p.kind} ${p.source} → ${p.target} ${p.start ?? ""} ¶${e.paragraph} "${words}" (${p.rule})`,
    );
  }
  for (const r of score.missed) {
    const own = r.evidence.filter((e) => e.source === score.source);
    const where = own.map((e) => (e.paragraph === undefined ? "¶?" : `¶${e.paragraph}`)).join(",");
    out.push(
      `  missed ${r.kind} ${r.source} → ${r.target} ${r.date ?? r.start ?? ""} ${where}: ${own[0]?.note ?? ""}`,
    );
  }
  process.stderr.write(`${out.join("\n")}\n`);
}

/** The figures of one scope: per-report scores, their totals, status, claims, dates and kinds. */
function summary(list: readonly ReportScore[]) {
  const sum = (f: (s: ReportScore) => number) => list.reduce((a, s) => a + f(s), 0);
  const confusion = new Map<string, number>();
  for (const s of list) for (const [k, n] of s.confusion) confusion.set(k, (confusion.get(k) ?? 0) + n);
  return {
    reports: list,
    total: {
      proposals: sum((s) => s.proposals),
      correct: sum((s) => s.correct),
      curated: sum((s) => s.curated),
      found: sum((s) => s.found),
      exactCorrect: sum((s) => s.exactCorrect),
      statedCurated: sum((s) => s.statedCurated),
      statedFound: sum((s) => s.statedFound),
    },
    status: { right: sum((s) => s.statusRight), matched: sum((s) => s.statusMatched) },
    claims: { right: sum((s) => s.claimsRight), matched: sum((s) => s.claims) },
    dates: { right: sum((s) => s.dateRight), compared: sum((s) => s.dateCompared) },
    confusion,
  };
}
type Summary = ReturnType<typeof summary>;
const nonGeographic = summary(scores);
const everything = summary(allScores);
const ratio = (a: number, b: number) => (b === 0 ? "-" : `${(a / b).toFixed(2)} (${a}/${b})`);

function asJson(s: Summary) {
  return {
    reports: s.reports.map(({ wrong: _wrong, missed: _missed, ...r }) => ({
      ...r,
      ...prf(r),
      statedRecall: r.statedCurated === 0 ? 0 : r.statedFound / r.statedCurated,
      confusion: Object.fromEntries(r.confusion),
    })),
    overall: { ...s.total, ...prf(s.total) },
    status: s.status,
    claims: s.claims,
    dates: s.dates,
    confusion: Object.fromEntries(s.confusion),
  };
}

/** The table and the status, date and kind figures of one scope, as printed lines. */
function printed(s: Summary, title: string): string[] {
  const rows = [
    [
      "REPORT",
      "PROPOSED",
      "CORRECT",
      "CURATED",
      "FOUND",
      "PRECISION",
      "RECALL",
      "F1",
      "STATED",
      "S-FOUND",
      "S-RECALL",
    ],
    ...[...s.reports, { source: "overall", ...s.total }].map((r) => {
      const m = prf(r);
      const statedRecall = r.statedCurated === 0 ? 0 : r.statedFound / r.statedCurated;
      return [
        r.source,
        r.proposals,
        r.correct,
        r.curated,
        r.found,
        m.precision,
        m.recall,
        m.f1,
        r.statedCurated,
        r.statedFound,
        statedRecall,
      ].map((v) => (typeof v === "number" && !Number.isInteger(v) ? v.toFixed(2) : String(v)));
    }),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [
    title,
    line(rows[0]!),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.slice(1).map(line),
    `Right with the curator's very kind (no equivalence): ${ratio(s.total.exactCorrect, s.total.proposals)} of proposals`,
    `Status (claimed vs reported) right on matched proposals: ${ratio(s.status.right, s.status.matched)}`,
    `Status right on matched claims:                          ${ratio(s.claims.right, s.claims.matched)}`,
    `Date within stated precision (ends, kind, direction match): ${ratio(s.dates.right, s.dates.compared)}`,
    "",
  ];
}

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ minConfidence, nonGeographic: asJson(nonGeographic), all: asJson(everything) }, null, 2)}\n`,
  );
} else {
  const floor = minConfidence > 0 ? `, confidence >= ${minConfidence}` : "";
  const out = [
    `Drafts scored leave-one-report-out against graph-data (--details lists each report's wrong proposals and misses).`,
    "",
    ...printed(
      nonGeographic,
      `Non-geographic relations (both ends actors; the targets are set on these${floor}):`,
    ),
    ...printed(
      everything,
      `All relations (places included: captures, control, bases, attacks on places; located-in left out${floor}):`,
    ),
    "RECALL is over every curated relation citing the report; STATED, S-FOUND and S-RECALL count only those one paragraph",
    "states (a cited paragraph names both ends), leaving out what a curator inferred across paragraphs.",
    `Kinds counted as equivalent: ${EQUIVALENT_KINDS.map(([a, b]) => `${a} = ${b}`).join(", ")} (an event matches a state when its day lies within the state)`,
    "",
    "Kinds where ends match a curated relation (curated → proposed), all relations, and proposals with no curated relation between their ends:",
    ...[...everything.confusion.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`),
    "",
  ];
  process.stdout.write(out.join("\n"));
}
