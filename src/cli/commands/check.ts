import { resolve } from "node:path";
import { HOW_TO_PROVIDE_CORPUS, locateCorpus } from "../../data/corpus-location.js";
import { formatProblem } from "../../data/problem.js";
import { badInput } from "../../faultline-error.js";
import { loadValidatedDataset } from "../../store/load-validated-dataset.js";
import { relationCountText, relationSummaryOf } from "../../store/relation-summary.js";
import { EXIT } from "../exit-codes.js";
import { validationNotice } from "../validation-notice.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";

/**
 * `faultline check [DIR] [--corpus DIR]`: validates a graph-data folder and prints every problem;
 * warns on stderr when no corpus is found and the paragraph checks are skipped. A valid folder is
 * stored (src/store), and a store written for the same bytes, corpus and code answers the next
 * check with what a full validation prints, unless `--no-cache`.
 */
export const checkCommand: Command = {
  usage: "check [DIR] [--corpus DIR]",
  help: [
    "DIR            the graph-data folder to check (default: the shipped one, or --data)",
    "--corpus DIR   the corpus of reports, to check evidence paragraphs against (default:",
    "               FAULTLINE_CORPUS, else ../shared/corpus beside the repository when present)",
  ],
  options: { corpus: { type: "string" } },
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const dir = args.positionals[0] ? resolve(args.positionals[0]) : args.dataDir;
    const option = args.values.corpus;
    const corpus = locateCorpus(typeof option === "string" ? option : undefined);
    if (typeof option === "string" && corpus.dir === null) throw badInput(corpus.problem!);
    const cache = args.values["no-cache"] !== true;
    const result = await loadValidatedDataset(dir, {
      corpusDir: corpus.dir,
      cache,
      onValidate: validationNotice(io.stderr, dir, cache),
    });
    if (corpus.dir === null) {
      const why = corpus.problem ?? "no corpus found";
      io.stderr.write(
        `warning: ${why}; evidence paragraphs were not checked against the reports (${HOW_TO_PROVIDE_CORPUS})\n`,
      );
    }
    if (!args.json) for (const w of result.warnings) io.stderr.write(`warning: ${formatProblem(w)}\n`);
    if (args.json) {
      writeJson(io, {
        ok: result.problems.length === 0,
        files: result.files,
        paragraphsChecked: corpus.dir !== null,
        problems: result.problems,
        warnings: result.warnings,
      });
    } else if (result.columnar) {
      const d = result.columnar.dataset;
      // The summary a store keeps, else the relations counted in memory.
      const summary = result.columnar.summary ?? relationSummaryOf(d.relations);
      io.stdout.write(
        `OK: ${result.files.length} files, ${d.sources.length} sources, ${d.entities.length} entities, ${relationCountText(summary)}.\n`,
      );
    } else {
      for (const p of result.problems) io.stderr.write(`${formatProblem(p)}\n`);
      io.stderr.write(`${result.problems.length} problem(s) in ${result.files.length} file(s).\n`);
    }
    if (result.storeNote !== null) io.stderr.write(`faultline: note: not cached: ${result.storeNote}\n`);
    return result.problems.length === 0 ? EXIT.ok : EXIT.badInput;
  },
};
