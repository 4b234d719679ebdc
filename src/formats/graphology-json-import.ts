import type { ImportRead } from "./import-result.js";
import { emptyImportRead } from "./import-result.js";
import { attempt, ImportValueError } from "./import-values.js";
import { parseStrictJson } from "../data/strict-json.js";
import { relationDatesFrom } from "./relation-dates.js";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function dateBound(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new ImportValueError(`${field}: expected an EDTF date or null`);
  return value;
}

function flag(field: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw new ImportValueError(`${field}: expected true or false`);
  return value;
}

/** The entity of a serialized node. */
function entityOf(node: JsonObject): JsonObject {
  const a = isObject(node.attributes) ? node.attributes : {};
  const { label, kind, aliases, sharedNames, wikidata, description, founded, dissolved, lifetimeEvidence } =
    a;
  const { placeKind, lat, lon, placeApproximate } = a;
  const place =
    placeKind !== undefined || lat !== undefined || lon !== undefined || placeApproximate !== undefined
      ? {
          ...(placeKind === undefined ? {} : { placeKind }),
          ...(lat === undefined ? {} : { lat }),
          ...(lon === undefined ? {} : { lon }),
          ...(placeApproximate === undefined ? {} : { approximate: placeApproximate }),
        }
      : undefined;
  return {
    id: node.key,
    label,
    kind,
    ...(aliases === undefined ? {} : { aliases }),
    ...(sharedNames === undefined ? {} : { sharedNames }),
    ...(wikidata === undefined ? {} : { wikidata }),
    ...(description === undefined ? {} : { description }),
    ...(founded === undefined ? {} : { founded }),
    ...(dissolved === undefined ? {} : { dissolved }),
    ...(lifetimeEvidence === undefined ? {} : { lifetimeEvidence }),
    ...(place === undefined ? {} : { place }),
  };
}

/** The relation of a serialized edge. */
function relationOf(edge: JsonObject): JsonObject {
  const a = isObject(edge.attributes) ? edge.attributes : {};
  if (edge.undirected === true)
    throw new ImportValueError("undirected edges are not ours: relations are directed edges");
  return {
    id: edge.key,
    kind: a.kind,
    source: edge.source,
    target: edge.target,
    ...relationDatesFrom(
      a.kind,
      dateBound("start", a.start),
      dateBound("end", a.end),
      flag("startDerived", a.startDerived),
      flag("endDerived", a.endDerived),
    ),
    status: a.status,
    ...(a.note === undefined ? {} : { note: a.note }),
    ...(a.event === undefined ? {} : { event: a.event }),
    evidence: a.evidence,
  };
}

/**
 * Reads the JSON of `faultline export json` (graphology's serialization) back into graph-data
 * items: sources from the graph attributes, an entity per node, a relation per edge. Every
 * element that cannot be read is a rejection at its line. Pure and browser-safe.
 */
export function readGraphologyJson(text: string, file: string): ImportRead {
  const read = emptyImportRead();
  const reject = (line: number | null, message: string) => read.rejections.push({ file, line, message });
  const parsed = parseStrictJson(text);
  if (!parsed.ok) {
    // Repeated keys (two "edges" arrays: JSON.parse keeps the last one) and syntax errors, each at its line.
    for (const p of parsed.problems) {
      reject(
        p.line,
        `${p.fatal ? "not valid JSON: " : ""}${p.path === null ? "" : `${p.path}: `}${p.message} (column ${p.column})`,
      );
    }
    return read;
  }
  const json = parsed.value;
  if (
    !isObject(json) ||
    !Array.isArray(json.nodes) ||
    !Array.isArray(json.edges) ||
    !isObject(json.attributes)
  ) {
    reject(1, "expected graphology's serialization: an object with attributes, nodes and edges");
    return read;
  }
  const lines = parsed.itemLines;
  const lineOf = (key: string, i: number) => lines.get(key)?.[i] ?? null;
  read.elements++;
  const sources = json.attributes.sources;
  if (!Array.isArray(sources)) {
    reject(1, "attributes.sources: expected the list of sources");
    read.unread.add("sources");
  } else for (const s of sources) read.sources.push({ value: s, origin: { file, line: 1 } });

  json.nodes.forEach((node: unknown, i) => {
    read.elements++;
    const line = lineOf("nodes", i);
    if (!isObject(node) || typeof node.key !== "string") {
      reject(line, `nodes[${i}]: expected {"key": ..., "attributes": {...}}`);
      read.unread.add("entities");
    } else read.entities.push({ value: entityOf(node), origin: { file, line } });
  });
  json.edges.forEach((edge: unknown, i) => {
    read.elements++;
    const line = lineOf("edges", i);
    if (!isObject(edge) || typeof edge.key !== "string") {
      reject(line, `edges[${i}]: expected {"key", "source", "target", "attributes"}`);
      return;
    }
    const relation = attempt(() => relationOf(edge));
    if (relation.ok) read.relations.push({ value: relation.value, origin: { file, line } });
    else reject(line, `edge "${edge.key}": ${relation.message}`);
  });
  return read;
}
