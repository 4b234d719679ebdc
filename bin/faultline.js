#!/usr/bin/env node
// Entry point of the `faultline` command: runs the compiled CLI in lib/ (built by `npm run build:lib`,
// which `npm install` runs through the prepare script).
let main;
let guardProcess;
try {
  ({ main } = await import("../lib/cli/main.js"));
  ({ guardProcess } = await import("../lib/cli/process-guards.js"));
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("lib/cli/main.js"))
    throw error;
  process.stderr.write("faultline: the compiled CLI is missing (lib/); run `npm run build:lib` first\n");
  process.exit(2);
}
guardProcess(); // EPIPE ends quietly; signals remove the temporary files of writes in progress
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
