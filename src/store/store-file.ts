import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { crc32 } from "node:zlib";
import type { TimeIndexLayout } from "../graph/relation-time-index.js";
import { RelationTimeIndex } from "../graph/relation-time-index.js";
import type { Segments } from "../graph/span-index.js";
import type { Dataset, DatedRelation } from "../model/core.js";
import type { ColumnarDataset } from "./columnar-dataset.js";
import { entityNameKeys } from "./entity-name-keys.js";
import { toLosslessJson } from "./lossless-json.js";
import type { RelationSummary } from "./relation-summary.js";
import { relationSummaryOf } from "./relation-summary.js";
import type { RelationTable } from "./relation-table.js";
import { relationColumns } from "./relation-table.js";

/**
 * The store file: a validated dataset in a form that opens in a fraction of the time validation
 * takes. Layout (little-endian):
 *
 *   0   "FAULTLINE STORE\n"         magic, 16 bytes
 *   16  u32 format version          STORE_FORMAT_VERSION
 *   20  u32 header length, 24 u32 header CRC-32, 32 f64 header offset
 *   40  sections, each 8-byte aligned: rest (the dataset but its relations, as JSON), the
 *       normalized forms of the entities' names (JSON), the relation summary `stats` reports
 *       (JSON), relation ids
 *       (UTF-8 + end offsets), kind codes, source and target entity positions, outer and inner
 *       day bounds, span flags (event, static, doubtful), the time index's slot orders (states,
 *       events; their segments are in the header),
 *       then slices (each relation whole, as JSON, decoded only when asked for; written as one
 *       JSON array, `[` slice `,` slice … `]`, so all of them decode in a few JSON.parse calls), slice
 *       end offsets and slice CRC-32s
 *   …   header: JSON naming the key, the counts and each section's offset, length and CRC-32
 *
 * When the file is opened its length must match the header and every section but the slices
 * must match its CRC-32; each slice is checked against its own CRC-32 when it is decoded (the
 * slices are most of the file and a question decodes few of them), all of them at once against
 * the section's CRC-32 when every relation is decoded, or at open with `verify: "all"`. A file that fails any check is refused (and removed when found out late).
 */
export const STORE_FORMAT_VERSION = 6;

const MAGIC = Buffer.from("FAULTLINE STORE\n", "latin1");
/** The most bytes of slices decoded in one JSON.parse. */
const DECODE_CHUNK_BYTES = 64 * 1024 * 1024;
const PREAMBLE_BYTES = 40;
const CHUNK_BYTES = 16 * 1024 * 1024;

type SectionName =
  | "rest"
  | "nameKeys"
  | "summary"
  | "ids"
  | "idEnds"
  | "kind"
  | "source"
  | "target"
  | "outerLo"
  | "outerHi"
  | "innerLo"
  | "innerHi"
  | "flags"
  | "stateSlots"
  | "eventSlots"
  | "slices"
  | "sliceEnds"
  | "sliceCrcs";

/** Where a section lies in the file: offset, byte length, CRC-32. */
type SectionPlace = readonly [offset: number, length: number, crc: number];

interface StoreHeader {
  readonly key: string;
  readonly relationCount: number;
  readonly kindNames: readonly string[];
  /** The segments of the time index's two span indexes, whose slots are the stateSlots and eventSlots sections. */
  readonly spanSegments: { readonly states: Segments; readonly events: Segments };
  readonly sections: Readonly<Record<SectionName, SectionPlace>>;
}

/** Why a store file was not used. */
export class StoreRefused extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "StoreRefused";
  }
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function bytesOf(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Appends sections to an open file, keeping track of where each went. */
class SectionWriter {
  offset = PREAMBLE_BYTES;
  readonly sections: Partial<Record<SectionName, SectionPlace>> = {};
  private readonly pad = Buffer.alloc(8);

  constructor(private readonly fd: number) {}

  write(bytes: Buffer): void {
    let done = 0;
    while (done < bytes.length)
      done += writeSync(this.fd, bytes, done, bytes.length - done, this.offset + done);
    this.offset += bytes.length;
  }

  alignTo8(): void {
    const gap = align8(this.offset) - this.offset;
    if (gap > 0) this.write(this.pad.subarray(0, gap));
  }

  section(name: SectionName, bytes: Buffer): void {
    this.alignTo8();
    this.sections[name] = [this.offset, bytes.length, crc32(bytes)];
    this.write(bytes);
  }
}

/** Where slice `i` starts in the slices section: after `[`, or after the comma that ends the one before. */
function sliceStart(ends: Float64Array, i: number): number {
  return i === 0 ? 1 : ends[i - 1]! + 1;
}

/**
 * The relations as JSON slices in one JSON array, encoded straight into a chunk buffer written out
 * when full (no buffer per slice, no concatenation): each slice's end offset (in the section) and
 * CRC-32.
 */
function writeSlices(
  out: SectionWriter,
  relations: readonly DatedRelation[],
  chunkBytes: number,
): [Float64Array, Uint32Array] {
  out.alignTo8();
  const start = out.offset;
  const ends = new Float64Array(relations.length);
  const crcs = new Uint32Array(relations.length);
  let chunk = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  let crc = 0;
  let end = 0;
  const flush = () => {
    const bytes = chunk.subarray(0, used);
    crc = crc32(bytes, crc);
    out.write(bytes);
    end += used;
    used = 0;
  };
  /** Appends `text` (at most `maxBytes` of UTF-8) to the chunk, flushing it first when it might not fit; returns where it starts. */
  const append = (text: string, maxBytes: number): number => {
    if (used + maxBytes > chunk.length) {
      flush();
      if (maxBytes > chunk.length) chunk = Buffer.allocUnsafe(maxBytes);
    }
    const at = used;
    used += chunk.write(text, used, "utf8");
    return at;
  };
  append("[", 1);
  for (let i = 0; i < relations.length; i++) {
    const json = toLosslessJson(relations[i]);
    // A UTF-16 code unit takes at most 3 bytes of UTF-8; the separator one more.
    const at = append(json, json.length * 3 + 1);
    const sliceEnd = used;
    crcs[i] = crc32(chunk.subarray(at, sliceEnd));
    ends[i] = end + sliceEnd;
    // The comma before the next slice, or the bracket that closes the array.
    chunk[used++] = (i === relations.length - 1 ? "]" : ",").charCodeAt(0);
  }
  if (relations.length === 0) append("]", 1);
  flush();
  out.sections.slices = [start, end, crc];
  return [ends, crcs];
}

/**
 * Writes a validated dataset to a store file at `path` under `key`, atomically: into a temporary
 * file beside it, renamed over `path` once complete. Throws (leaving nothing behind) when a value
 * of the dataset cannot be stored without changing it.
 */
export function writeStoreFile(
  path: string,
  key: string,
  dataset: Dataset,
  options: {
    /** The bytes of slices encoded before they are written out (tests make it small). */
    readonly writeChunkBytes?: number;
  } = {},
): void {
  const temporary = `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const fd = openSync(temporary, "w");
  try {
    const { relations, ...rest } = dataset;
    const columns = relationColumns(dataset);
    const out = new SectionWriter(fd);
    out.section("rest", Buffer.from(toLosslessJson(rest), "utf8"));
    out.section("nameKeys", Buffer.from(JSON.stringify(entityNameKeys(dataset.entities)), "utf8"));
    out.section("summary", Buffer.from(JSON.stringify(relationSummaryOf(relations)), "utf8"));
    const ids = Buffer.from(relations.map((r) => r.id).join(""), "utf8");
    const idEnds = new Float64Array(relations.length);
    let idEnd = 0;
    relations.forEach((r, i) => (idEnds[i] = idEnd += Buffer.byteLength(r.id, "utf8")));
    out.section("ids", ids);
    out.section("idEnds", bytesOf(idEnds));
    out.section("kind", bytesOf(columns.kind));
    out.section("source", bytesOf(columns.source));
    out.section("target", bytesOf(columns.target));
    out.section("outerLo", bytesOf(columns.outerLo));
    out.section("outerHi", bytesOf(columns.outerHi));
    out.section("innerLo", bytesOf(columns.innerLo));
    out.section("innerHi", bytesOf(columns.innerHi));
    out.section("flags", bytesOf(columns.flags));
    // The time index laid out once here, so a question on a date sorts nothing.
    const time = new RelationTimeIndex({
      ...columns,
      size: relations.length,
      relation: (i) => relations[i]!,
    });
    const layout = time.layout();
    out.section("stateSlots", bytesOf(layout.states.slots));
    out.section("eventSlots", bytesOf(layout.events.slots));
    const [sliceEnds, sliceCrcs] = writeSlices(out, relations, options.writeChunkBytes ?? CHUNK_BYTES);
    out.section("sliceEnds", bytesOf(sliceEnds));
    out.section("sliceCrcs", bytesOf(sliceCrcs));
    const header: StoreHeader = {
      key,
      relationCount: relations.length,
      kindNames: columns.kindNames,
      spanSegments: { states: layout.states.segments, events: layout.events.segments },
      sections: out.sections as Record<SectionName, SectionPlace>,
    };
    const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
    out.alignTo8();
    const headerOffset = out.offset;
    out.write(headerBytes);
    const preamble = Buffer.alloc(PREAMBLE_BYTES);
    MAGIC.copy(preamble, 0);
    preamble.writeUInt32LE(STORE_FORMAT_VERSION, 16);
    preamble.writeUInt32LE(headerBytes.length, 20);
    preamble.writeUInt32LE(crc32(headerBytes), 24);
    preamble.writeDoubleLE(headerOffset, 32);
    writeSync(fd, preamble, 0, PREAMBLE_BYTES, 0);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Reads `length` bytes at `offset` into a buffer of its own (so typed arrays can view it aligned). */
function readAt(fd: number, offset: number, length: number, path: string): Buffer {
  const buffer = Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, offset + done);
    if (n === 0) throw new StoreRefused(path, "file ends early");
    done += n;
  }
  return buffer;
}

function readHeader(fd: number, path: string): StoreHeader {
  const size = fstatSync(fd).size;
  if (size < PREAMBLE_BYTES) throw new StoreRefused(path, "too short to be a store file");
  const preamble = readAt(fd, 0, PREAMBLE_BYTES, path);
  if (!preamble.subarray(0, MAGIC.length).equals(MAGIC)) throw new StoreRefused(path, "not a store file");
  const version = preamble.readUInt32LE(16);
  if (version !== STORE_FORMAT_VERSION)
    throw new StoreRefused(path, `format ${version}, expected ${STORE_FORMAT_VERSION}`);
  const headerLength = preamble.readUInt32LE(20);
  const headerOffset = preamble.readDoubleLE(32);
  if (!Number.isSafeInteger(headerOffset) || headerOffset + headerLength !== size)
    throw new StoreRefused(path, "length does not match its header (truncated?)");
  const headerBytes = readAt(fd, headerOffset, headerLength, path);
  if (crc32(headerBytes) !== preamble.readUInt32LE(24)) throw new StoreRefused(path, "header is corrupt");
  return JSON.parse(headerBytes.toString("utf8")) as StoreHeader;
}

/** The sections between `from` and `to` read in one go, each checked against its CRC-32. */
function readBlock(
  fd: number,
  path: string,
  header: StoreHeader,
  names: readonly SectionName[],
): Map<SectionName, Buffer> {
  const places = names.map((n) => header.sections[n]);
  const from = places[0]![0];
  const last = places[places.length - 1]!;
  const block = readAt(fd, from, last[0] + last[1] - from, path);
  const sections = new Map<SectionName, Buffer>();
  names.forEach((name, i) => {
    const [offset, length, crc] = places[i]!;
    const bytes = block.subarray(offset - from, offset - from + length);
    if (crc32(bytes) !== crc) throw new StoreRefused(path, `section ${name} is corrupt`);
    sections.set(name, bytes);
  });
  return sections;
}

function checkSlices(fd: number, path: string, [offset, length, crc]: SectionPlace): void {
  const chunk = Buffer.allocUnsafeSlow(Math.min(CHUNK_BYTES, Math.max(1, length)));
  let sum = 0;
  for (let done = 0; done < length;) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, length - done), offset + done);
    if (n === 0) throw new StoreRefused(path, "file ends early");
    sum = crc32(chunk.subarray(0, n), sum);
    done += n;
  }
  if (sum !== crc) throw new StoreRefused(path, "relations are corrupt");
}

function view<T>(
  bytes: Buffer,
  make: (buffer: ArrayBuffer, offset: number, length: number) => T,
  size: number,
): T {
  return make(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length / size);
}

/**
 * Opens a store file written under `key`. Throws StoreRefused when it is missing, was written
 * under another key or format, or fails a length or CRC check. Relations are decoded on demand
 * from the open file; `close()` releases it (reading `dataset.relations` first decodes them all).
 */
export function openStoreFile(
  path: string,
  key: string,
  options: {
    readonly verify?: "all" | "lazy";
    /** The most bytes of slices decoded in one JSON.parse when every relation is read (tests make it small). */
    readonly decodeChunkBytes?: number;
  } = {},
): ColumnarDataset & { close(): void } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new StoreRefused(path, (error as Error).message);
  }
  try {
    const header = readHeader(fd, path);
    if (header.key !== key) throw new StoreRefused(path, "written for other content or code");
    const head = readBlock(fd, path, header, [
      "rest",
      "nameKeys",
      "summary",
      "ids",
      "idEnds",
      "kind",
      "source",
      "target",
      "outerLo",
      "outerHi",
      "innerLo",
      "innerHi",
      "flags",
      "stateSlots",
      "eventSlots",
    ]);
    const tail = readBlock(fd, path, header, ["sliceEnds", "sliceCrcs"]);
    if (options.verify === "all") checkSlices(fd, path, header.sections.slices);
    const rest = JSON.parse(head.get("rest")!.toString("utf8")) as Omit<Dataset, "relations">;
    const nameKeyBytes = head.get("nameKeys")!;
    let nameKeys: ReadonlyMap<string, string> | null = null;
    const summary = JSON.parse(head.get("summary")!.toString("utf8")) as RelationSummary;
    const idBytes = head.get("ids")!;
    const idEnds = view(head.get("idEnds")!, (b, o, n) => new Float64Array(b, o, n), 8);
    const sliceEnds = view(tail.get("sliceEnds")!, (b, o, n) => new Float64Array(b, o, n), 8);
    const sliceCrcs = view(tail.get("sliceCrcs")!, (b, o, n) => new Uint32Array(b, o, n), 4);
    const slicesOffset = header.sections.slices[0];
    const n = header.relationCount;
    let open = true;
    const corrupt = (i: number) => {
      rmSync(path, { force: true });
      return new StoreRefused(path, `relation ${i} is corrupt; the store was removed: run the command again`);
    };
    // One object per relation, however often it is asked for, as in a dataset held in memory.
    const decoded = new Map<number, DatedRelation>();
    const decode = (i: number): DatedRelation => {
      const known = decoded.get(i);
      if (known) return known;
      if (!open) throw new Error(`${path} is closed`);
      const from = sliceStart(sliceEnds, i);
      const bytes = readAt(fd, slicesOffset + from, sliceEnds[i]! - from, path);
      if (crc32(bytes) !== sliceCrcs[i]) throw corrupt(i);
      const relation = JSON.parse(bytes.toString("utf8")) as DatedRelation;
      decoded.set(i, relation);
      return relation;
    };
    let all: DatedRelation[] | null = null;
    // Every relation in a few JSON.parse calls over runs of the array, checked once against the
    // section's CRC-32 (a million small parses and checksums cost several times more).
    const decodeAll = (): DatedRelation[] => {
      if (all) return all;
      const [, length, crc] = header.sections.slices;
      // Read and parsed in runs of whole slices of at most chunkBytes (a string holds at most 2^29
      // characters, and the slices of 10^6 relations are over a gigabyte), summed as they are read.
      const chunkBytes = options.decodeChunkBytes ?? DECODE_CHUNK_BYTES;
      const relations = new Array<DatedRelation>(n);
      let sum = 0;
      let readTo = 0;
      for (let first = 0; first < n;) {
        const from = sliceStart(sliceEnds, first);
        let last = first;
        while (last + 1 < n && sliceEnds[last + 1]! - from <= chunkBytes) last++;
        const to = sliceEnds[last]!;
        const bytes = readAt(fd, slicesOffset + readTo, to - readTo, path);
        sum = crc32(bytes, sum);
        let run: DatedRelation[];
        try {
          run = JSON.parse(`[${bytes.toString("utf8", from - readTo)}]`) as DatedRelation[];
        } catch {
          throw corrupt(first);
        }
        readTo = to;
        if (run.length !== last - first + 1) throw corrupt(first);
        for (let k = 0; k < run.length; k++) relations[first + k] = decoded.get(first + k) ?? run[k]!;
        first = last + 1;
      }
      if (readTo < length) sum = crc32(readAt(fd, slicesOffset + readTo, length - readTo, path), sum);
      if (sum !== crc) {
        rmSync(path, { force: true });
        throw new StoreRefused(path, "relations are corrupt; the store was removed: run the command again");
      }
      return (all = relations);
    };
    const table: RelationTable = {
      size: n,
      kindNames: header.kindNames as RelationTable["kindNames"],
      kind: view(head.get("kind")!, (b, o, len) => new Uint8Array(b, o, len), 1),
      source: view(head.get("source")!, (b, o, len) => new Int32Array(b, o, len), 4),
      target: view(head.get("target")!, (b, o, len) => new Int32Array(b, o, len), 4),
      outerLo: view(head.get("outerLo")!, (b, o, len) => new Float64Array(b, o, len), 8),
      outerHi: view(head.get("outerHi")!, (b, o, len) => new Float64Array(b, o, len), 8),
      innerLo: view(head.get("innerLo")!, (b, o, len) => new Float64Array(b, o, len), 8),
      innerHi: view(head.get("innerHi")!, (b, o, len) => new Float64Array(b, o, len), 8),
      flags: view(head.get("flags")!, (b, o, len) => new Uint8Array(b, o, len), 1),
      id: (i) => idBytes.toString("utf8", i === 0 ? 0 : idEnds[i - 1]!, idEnds[i]!),
      relation: (i) => (all ? all[i]! : decode(i)),
    };
    const slots = (name: SectionName) => view(head.get(name)!, (b, o, len) => new Int32Array(b, o, len), 4);
    const timeLayout: TimeIndexLayout = {
      states: { slots: slots("stateSlots"), segments: header.spanSegments.states },
      events: { slots: slots("eventSlots"), segments: header.spanSegments.events },
    };
    if (timeLayout.states.slots.length + timeLayout.events.slots.length !== n)
      throw new StoreRefused(path, "time index does not cover every relation");
    const dataset = {
      ...rest,
      get relations(): DatedRelation[] {
        return decodeAll();
      },
    } as Dataset;
    return {
      dataset,
      table,
      summary,
      timeLayout,
      get nameKeys() {
        return (nameKeys ??= new Map(
          Object.entries(JSON.parse(nameKeyBytes.toString("utf8")) as Record<string, string>),
        ));
      },
      close() {
        if (open) closeSync(fd);
        open = false;
      },
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
