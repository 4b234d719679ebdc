import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { loadDataset } from "../../data/load-graph-data.js";
import { draftReport } from "../../draft/draft-report.js";
import { draftJson, draftRows } from "../../draft/draft-view.js";
import { readReport } from "../../draft/report-text.js";
import { badInput } from "../../faultline-error.js";
import { writeFilesAtomically } from "../../formats/node/write-chunks.js";
import { IdSchema, parseEdtf } from "../../model/index.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { writeJson } from "../io.js";
import { renderTable } from "../table.js";

function option(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Checks the draft options, listing every problem at once. */
function checkOptions(values: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const published = option(values.published);
  if (published === undefined)
    problems.push("--published DATE is required (the report's publication day, YYYY-MM-DD)");
  else {
    const parsed = parseEdtf(published);
    if (!parsed.ok || parsed.date.precision !== "day" || parsed.date.approximate || parsed.date.uncertain)
      problems.push(
        `--published: "${published}" is not a day (YYYY-MM-DD); dates in the report are resolved against it`,
      );
  }
  const id = option(values["source-id"]);
  if (id !== undefined && !IdSchema.safeParse(id).success)
    problems.push(`--source-id: "${id}" must be kebab-case (lower-case letters and digits joined by dashes)`);
  const url = option(values.url);
  if (url !== undefined && !URL.canParse(url)) problems.push(`--url: "${url}" is not an absolute URL`);
  for (const name of ["outlet", "title"]) {
    const v = option(values[name]);
    if (v !== undefined && v.trim() === "") problems.push(`--${name} must not be empty`);
  }
  return problems;
}

/**
 * `faultline draft REPORT.txt --published DATE …`: proposes a source, new entities and relations
 * (with paragraph, trigger offsets, attribution, dates, confidence and rule) for `review`.
 */
export const draftCommand: Command = {
  usage:
    "draft REPORT.txt --published DATE [--outlet NAME] [--title T] [--url U] [--source-id ID] [--out FILE]",
  help: [
    "REPORT.txt       plain text, one paragraph per non-empty line",
    "--published DATE the report's publication day (YYYY-MM-DD): 'on Wednesday', 'last month'… are read against it",
    "--outlet NAME    the outlet (recorded as inferred when not given)",
    "--title T        the headline (ours, marked inferred, when not given)",
    "--url U          where the report was published",
    "--source-id ID   id of the new source (default OUTLET-DATE); an existing id, url or file adds to that source",
    "--out FILE       where to write the draft (default REPORT.draft.json beside the current folder)",
    "--json           print { source, entities, relations } (written to --out only when given)",
    "Nothing copied from the report lands in a draft: triggers are offsets, notes are generated.",
    "Next: `faultline review FILE` to accept, reject or change each proposal.",
  ],
  options: {
    published: { type: "string" },
    outlet: { type: "string" },
    title: { type: "string" },
    url: { type: "string" },
    "source-id": { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const reportArg = args.positionals[0]!;
    const problems = checkOptions(args.values);
    if (problems.length > 0) throw badInput(problems);
    const published = option(args.values.published)!;
    const report = readReport(resolve(reportArg), reportArg);
    const dataset = await loadDataset(args.dataDir);
    const outArg =
      option(args.values.out) ??
      (args.json ? undefined : `${basename(reportArg).replace(/\.[^.]*$/, "")}.draft.json`);
    const out = outArg === undefined ? undefined : resolve(outArg);
    const reportPath = out ? relative(dirname(out), resolve(reportArg)) : reportArg;
    const draft = draftReport(
      report,
      {
        published,
        outlet: option(args.values.outlet),
        title: option(args.values.title),
        url: option(args.values.url),
        sourceId: option(args.values["source-id"]),
        fileName: basename(reportArg),
        reportPath: reportPath.split("\\").join("/"),
        sha256: createHash("sha256")
          .update(readFileSync(resolve(reportArg)))
          .digest("hex"),
      },
      dataset,
    );
    if (draft.stats.knownMentions === 0 && draft.relations.length === 0)
      throw badInput(
        `${reportArg}: the report names no entity the graph knows and no relation could be drafted; nothing written (add the main actors to graph-data first, or check that this is the right file)`,
      );
    if (out) await writeFilesAtomically([{ path: out, chunks: [`${JSON.stringify(draft, null, 2)}\n`] }]);
    if (args.json) {
      writeJson(io, draftJson(draft));
      return EXIT.ok;
    }
    const { entities, relations } = draftRows(draft, report);
    io.stdout.write(
      `Drafted ${reportArg} (published ${published}): source ${draft.source.id}${draft.source.existing ? " (already in the graph)" : " (new)"}, ` +
        `${draft.entities.length} new entit${draft.entities.length === 1 ? "y" : "ies"}, ${draft.relations.length} relation proposal(s)\n`,
    );
    if (entities.length > 0)
      io.stdout.write(`\nNew entities:\n${renderTable(["ID", "LABEL", "KIND", "PARAGRAPHS"], entities)}`);
    if (relations.length > 0)
      io.stdout.write(
        `\nRelations:\n${renderTable(["ID", "KIND", "SOURCE", "TARGET", "DATE", "STATUS", "CONF", "RULE", "PARA", "WORDS"], relations)}`,
      );
    io.stdout.write(`\nWritten to ${outArg}. Next: faultline review ${outArg}\n`);
    return EXIT.ok;
  },
};
