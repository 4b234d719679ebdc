/** `npm run readme`: reruns every `$ npx faultline …` example in README.md and docs/*.md and writes its real output. */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { exampleDocuments, refreshExamples } from "./readme-examples.js";

const root = resolve(import.meta.dirname, "..");
for (const document of exampleDocuments()) {
  const path = join(root, document);
  const before = readFileSync(path, "utf8");
  const after = refreshExamples(before);
  if (after !== before) writeFileSync(path, after);
  console.log(`${document}: ${after === before ? "examples already current" : "examples updated"}`);
}
