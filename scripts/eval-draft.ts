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
const scores: ReportScore[] = [];
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
  const score = scoreDraft(kept, dataset, source.id, stated);
  scores.push(score);
  if (values.details) printDetails(score, splitParagraphs(text));
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

const sum = (f: (s: ReportScore) => number) => scores.reduce((a, s) => a + f(s), 0);
const total = {
  proposals: sum((s) => s.proposals),
  correct: sum((s) => s.correct),
  curated: sum((s) => s.curated),
  found: sum((s) => s.found),
  exactCorrect: sum((s) => s.exactCorrect),
  statedCurated: sum((s) => s.statedCurated),
  statedFound: sum((s) => s.statedFound),
};
const confusion = new Map<string, number>();
for (const s of scores) for (const [k, n] of s.confusion) confusion.set(k, (confusion.get(k) ?? 0) + n);
const ratio = (a: number, b: number) => (b === 0 ? "-" : `${(a / b).toFixed(2)} (${a}/${b})`);

if (values.json) {
  process.stdout.write(
    `${JSON.stringify(
      {
        minConfidence,
        reports: scores.map(({ wrong: _wrong, missed: _missed, ...s }) => ({
          ...s,
          ...prf(s),
          statedRecall: s.statedCurated === 0 ? 0 : s.statedFound / s.statedCurated,
          confusion: Object.fromEntries(s.confusion),
        })),
        overall: { ...total, ...prf(total) },
        status: { right: sum((s) => s.statusRight), matched: sum((s) => s.statusMatched) },
        claims: { right: sum((s) => s.claimsRight), matched: sum((s) => s.claims) },
        dates: { right: sum((s) => s.dateRight), compared: sum((s) => s.dateCompared) },
        confusion: Object.fromEntries(confusion),
      },
      null,
      2,
    )}\n`,
  );
} else {
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
    ...[...scores, { source: "overall", ...total }].map((s) => {
      const m = prf(s);
      const statedRecall = s.statedCurated === 0 ? 0 : s.statedFound / s.statedCurated;
      return [
        s.source,
        s.proposals,
        s.correct,
        s.curated,
        s.found,
        m.precision,
        m.recall,
        m.f1,
        s.statedCurated,
        s.statedFound,
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
  const out = [
    `Drafts scored leave-one-report-out against graph-data (non-geographic relations${minConfidence > 0 ? `, confidence >= ${minConfidence}` : ""}):`,
    line(rows[0]!),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.slice(1).map(line),
    "",
    "RECALL is over every curated relation citing the report; STATED, S-FOUND and S-RECALL count only those one paragraph",
    "states (a cited paragraph names both ends), leaving out what a curator inferred across paragraphs.",
    `Right with the curator's very kind (no equivalence): ${ratio(total.exactCorrect, total.proposals)} of proposals`,
    "",
    `Status (claimed vs reported) right on matched proposals: ${ratio(
      sum((s) => s.statusRight),
      sum((s) => s.statusMatched),
    )}`,
    `Status right on matched claims:                          ${ratio(
      sum((s) => s.claimsRight),
      sum((s) => s.claims),
    )}`,
    `Date within stated precision (ends, kind, direction match): ${ratio(
      sum((s) => s.dateRight),
      sum((s) => s.dateCompared),
    )}`,
    `Kinds counted as equivalent: ${EQUIVALENT_KINDS.map(([a, b]) => `${a} = ${b}`).join(", ")}`,
    "",
    "Kinds where ends match a curated relation (curated → proposed), and proposals with no curated relation between their ends:",
    ...[...confusion.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`),
    "",
  ];
  process.stdout.write(out.join("\n"));
}
