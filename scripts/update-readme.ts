/** `npm run readme`: reruns every `$ npx faultline …` example in README.md and writes its real output. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/cli/paths.js";
import { refreshExamples } from "./readme-examples.js";

const path = join(PROJECT_ROOT, "README.md");
const before = readFileSync(path, "utf8");
const after = await refreshExamples(before);
writeFileSync(path, after);
console.log(before === after ? "README examples already current" : "README examples updated");
