import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../src/analysis/seeded-random.js";
import { readCsvRecords } from "../../src/import/csv-records.js";

/** Python's csv module, an independent reader: every record's fields, blank lines left out. */
const PYTHON_CSV = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    print(json.dumps([row for row in csv.reader(f) if row]))`;

const havePython = spawnSync("python3", ["-c", "import csv"], { stdio: "ignore" }).status === 0;

/** Pieces of field text: delimiters, quotes, line breaks, and letters of one to four UTF-8 bytes. */
const PIECES = [
  "a",
  "Raqqa",
  ",",
  '"',
  "\n",
  "\r\n",
  " ",
  "é",
  "Ḥayat Taḥrīr",
  "“quoted”",
  "日本",
  "😀",
  "0.5",
];

/**
 * An RFC 4180 file of about 2.5 MiB (three 1 MiB reads): fields quoted when they must be (and
 * sometimes when not), CRLF and LF line ends, blank lines, and an emoji whose four bytes straddle
 * the first 1 MiB boundary.
 */
function writeTrickyCsv(path: string): void {
  const random = seededRandom(11);
  const field = () => {
    let text = "";
    const n = Math.floor(random() * 5);
    for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)]!;
    return /[",\r\n]/.test(text) || random() < 0.1 ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const row = () => `${Array.from({ length: 6 }, field).join(",")}${random() < 0.3 ? "\r\n" : "\n"}`;
  const parts = ["\ufeffh1,h2,h3,h4,h5,h6\n"];
  let bytes = Buffer.byteLength(parts[0]!);
  const boundary = 1 << 20;
  while (bytes < boundary - 200) {
    const r = random() < 0.02 ? "\n" : row();
    parts.push(r);
    bytes += Buffer.byteLength(r);
  }
  const pad = "x".repeat(boundary - 1 - bytes);
  parts.push(`${pad}😀,b,c,d,e,f\n`); // the emoji's first byte is the last of the first MiB
  while (bytes < 2.5 * boundary) {
    const r = row();
    parts.push(r);
    bytes += Buffer.byteLength(r);
  }
  writeFileSync(path, parts.join(""));
}

describe.skipIf(!havePython)("CSV reader (against Python's csv module)", () => {
  const dir = mkdtempSync(join(tmpdir(), "faultline-csv-"));
  const file = join(dir, "tricky.csv");
  writeTrickyCsv(file);
  const python = spawnSync("python3", ["-c", PYTHON_CSV, file], { encoding: "utf8", maxBuffer: 1 << 28 });
  const expected = JSON.parse(python.stdout) as string[][];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every record of a file over several 1 MiB reads as Python does, multi-byte letters across a read included", async () => {
    const records: string[][] = [];
    for await (const record of readCsvRecords(file)) records.push(record.fields);
    expect(records.length).toBeGreaterThan(10_000);
    expect(records).toEqual(expected);
    expect(records.some((r) => r[0]!.endsWith("😀"))).toBe(true);
  });

  it("with a column choice, keeps those columns and gives the others as empty fields", async () => {
    const records: string[][] = [];
    for await (const record of readCsvRecords(file, () => new Set([1, 4]))) records.push(record.fields);
    const wanted = expected.map((r, i) => (i === 0 ? r : r.map((v, k) => (k === 1 || k === 4 ? v : ""))));
    expect(records).toEqual(wanted);
  });

  it("numbers each record by the line it starts on, quoted line breaks counted", async () => {
    writeFileSync(join(dir, "lines.csv"), 'a,b\r\n"x\ny",1\n\n"",2\nlast,"q""\n"');
    const lines: [number, string[]][] = [];
    for await (const record of readCsvRecords(join(dir, "lines.csv")))
      lines.push([record.line, record.fields]);
    expect(lines).toEqual([
      [1, ["a", "b"]],
      [2, ["x\ny", "1"]],
      [5, ["", "2"]],
      [6, ["last", 'q"\n']],
    ]);
  });
});
