// Node module hooks (run on the loader thread): append the URL of every module loaded to a file.
import { appendFileSync } from "node:fs";

let logFile = "";

/** Receives the file to append to from register(). */
export function initialize(data) {
  logFile = data.logFile;
}

/** Logs the module's URL, then loads it as the next hook in the chain would. */
export async function load(url, context, nextLoad) {
  appendFileSync(logFile, `${url}\n`);
  return nextLoad(url, context);
}
