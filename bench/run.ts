/** `npm run bench`: prints the figures of every benchmark, each against a baseline measured in the same run. */
import { benchAnalysis } from "./analysis.bench.js";
import { benchFormats } from "./formats.bench.js";
import { benchTimeIndex } from "./time-index.bench.js";
import { benchWeb } from "./web.bench.js";

const sizeArg = process.argv.find((a) => a.startsWith("--relations="));
benchTimeIndex(sizeArg ? Number(sizeArg.split("=")[1]) : 1_000_000);
benchAnalysis();
benchFormats(sizeArg ? Number(sizeArg.split("=")[1]) : 1_000_000);
await benchWeb();
