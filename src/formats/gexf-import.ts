import type { DayRange } from "../graph/time-bounds.js";
import type { Dataset, DatedRelation } from "../model/core.js";
import { dayToIso, parseEdtf, RELATION_KINDS, RelationKindSchema } from "../model/index.js";
import { relationDays, unionOfDays } from "./day-interval.js";
import { entityFromFields } from "./flat-records.js";
import type { ImportRead, Rejection } from "./import-result.js";
import { emptyImportRead } from "./import-result.js";
import { attempt, ImportValueError, readJson, readObjectList } from "./import-values.js";
import type { XmlElement } from "./xml-reader.js";
import { childNamed, childrenNamed, parseXml, repeatedChildren } from "./xml-reader.js";

/** An edge's time as read, kept to check against its relations once they are validated. */
interface EdgeTime {
  readonly line: number;
  readonly relationIds: readonly string[];
  readonly days: readonly DayRange[];
}

/** A day bound of a GEXF `date` time: a YYYY-MM-DD day, or ±Infinity when left out. */
function readDay(field: string, text: string | undefined, open: number): number {
  if (text === undefined) return open;
  const parsed = parseEdtf(text);
  if (!parsed.ok || parsed.date.precision !== "day" || parsed.date.approximate || parsed.date.uncertain) {
    throw new ImportValueError(`${field}: "${text}" is not a date (YYYY-MM-DD)`);
  }
  return parsed.date.lo;
}

function readTime(element: XmlElement, what: string): DayRange {
  return {
    lo: readDay(`${what} start`, element.attributes.get("start"), -Infinity),
    hi: readDay(`${what} end`, element.attributes.get("end"), Infinity),
  };
}

function formatDays(days: readonly DayRange[]): string {
  const iso = (d: number) => (Number.isFinite(d) ? dayToIso(d) : "..");
  return days.length === 0 ? "always" : days.map((d) => `${iso(d.lo)}/${iso(d.hi)}`).join(", ");
}

/** Attribute titles by id, for one class of element. */
function declaredTitles(graph: XmlElement, elementClass: "node" | "edge"): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of childrenNamed(graph, "attributes")) {
    if (block.attributes.get("class") !== elementClass) continue;
    for (const a of childrenNamed(block, "attribute")) {
      const id = a.attributes.get("id");
      if (id !== undefined && !titles.has(id)) titles.set(id, a.attributes.get("title") ?? id);
    }
  }
  return titles;
}

/** An element's attribute values by title; values of undeclared attributes are an error. */
function attributeValues(element: XmlElement, titles: ReadonlyMap<string, string>): Map<string, string> {
  const values = new Map<string, string>();
  const repeated = repeatedChildren(element, ["attvalues", "spells"])[0];
  if (repeated) {
    throw new ImportValueError(
      `a second <${repeated.element.name}> at line ${repeated.element.line} (the first is at line ${repeated.firstLine})`,
    );
  }
  const block = childNamed(element, "attvalues");
  for (const v of block ? childrenNamed(block, "attvalue") : []) {
    const id = v.attributes.get("for") ?? v.attributes.get("id") ?? "";
    const title = titles.get(id);
    if (title === undefined) throw new ImportValueError(`attribute value for "${id}", which is not declared`);
    const value = v.attributes.get("value");
    if (values.has(title)) {
      throw new ImportValueError(`attribute "${title}" given twice (a second <attvalue> at line ${v.line})`);
    }
    if (value !== undefined) values.set(title, value);
  }
  return values;
}

/**
 * Reads a GEXF file written by `faultline export gexf` (dynamic, or a static snapshot) back into
 * graph-data items: the sources from `<meta><description>`, an entity per node from its label and
 * attributes, the relations of each edge from its `records` attribute. Every element that cannot
 * be read is a rejection at its line; a dynamic edge whose time does not match its relations'
 * dates is rejected once they are validated. Unknown attributes (columns added in Gephi) are
 * ignored. Pure and browser-safe.
 */
export function readGexf(text: string, file: string): ImportRead {
  const read = emptyImportRead();
  const reject = (line: number | null, message: string) => read.rejections.push({ file, line, message });
  const parsed = parseXml(text);
  if (!parsed.ok) {
    reject(parsed.line, `not well-formed XML: ${parsed.message}`);
    return read;
  }
  const root = parsed.root;
  const graph = root.localName === "gexf" ? childNamed(root, "graph") : undefined;
  if (!graph) {
    reject(root.line, `expected a <gexf> document with a <graph>, found <${root.name}>`);
    return read;
  }
  const dynamic = graph.attributes.get("mode") === "dynamic";
  // A block meant to appear once, given twice, would be half-read silently (the first kept): refuse.
  const meta0 = childNamed(root, "meta");
  const repeats = [
    ...repeatedChildren(root, ["graph", "meta"]),
    ...(meta0 ? repeatedChildren(meta0, ["description"]) : []),
    ...repeatedChildren(graph, ["nodes", "edges"]),
  ];
  if (repeats.length > 0) {
    for (const r of repeats) {
      reject(
        r.element.line,
        `a second <${r.element.name}> (the first is at line ${r.firstLine}): one is expected, nothing is read from a file that has two`,
      );
    }
    return read;
  }

  const meta = childNamed(root, "meta");
  const description = meta ? childNamed(meta, "description") : undefined;
  read.elements++;
  if (!description) {
    reject(meta?.line ?? root.line, "no <meta><description> holding the sources");
    read.unread.add("sources");
  } else {
    const catalogue = attempt(() => {
      const value = readJson("description", description.text) as { sources?: unknown } | null;
      if (value === null || typeof value !== "object" || !Array.isArray(value.sources)) {
        throw new ImportValueError('description: expected the Faultline catalogue {"sources": [...]}');
      }
      return value.sources as unknown[];
    });
    if (!catalogue.ok) {
      reject(description.line, catalogue.message);
      read.unread.add("sources");
    } else {
      for (const s of catalogue.value)
        read.sources.push({ value: s, origin: { file, line: description.line } });
    }
  }

  const nodeTitles = declaredTitles(graph, "node");
  const nodes = childNamed(graph, "nodes");
  for (const node of nodes ? childrenNamed(nodes, "node") : []) {
    read.elements++;
    const entity = attempt(() => {
      const values = attributeValues(node, nodeTitles);
      return entityFromFields((field) =>
        field === "id" || field === "label" ? node.attributes.get(field) : values.get(field),
      );
    });
    if (entity.ok) read.entities.push({ value: entity.value, origin: { file, line: node.line } });
    else {
      reject(node.line, `node "${node.attributes.get("id") ?? "?"}": ${entity.message}`);
      read.rejectedIds.add(`entity:${node.attributes.get("id")}`);
    }
  }

  const edgeTitles = declaredTitles(graph, "edge");
  const edges = childNamed(graph, "edges");
  const times: EdgeTime[] = [];
  for (const edge of edges ? childrenNamed(edges, "edge") : []) {
    read.elements++;
    const id = edge.attributes.get("id") ?? "?";
    const result = attempt(() => {
      const values = attributeValues(edge, edgeTitles);
      const recordsText = values.get("records");
      if (recordsText === undefined) throw new ImportValueError("no records attribute holding its relations");
      const records = readObjectList("records", recordsText);
      if (records.length === 0) throw new ImportValueError("records: the edge holds no relation");
      const source = edge.attributes.get("source");
      const target = edge.attributes.get("target");
      const kind = edge.attributes.get("kind") ?? values.get("kind");
      for (const r of records) {
        const symmetric = RelationKindSchema.safeParse(r.kind).success
          ? RELATION_KINDS[r.kind as keyof typeof RELATION_KINDS].direction === "symmetric"
          : false;
        const same = r.source === source && r.target === target;
        const swapped = symmetric && r.source === target && r.target === source;
        if (kind !== undefined && r.kind !== kind) {
          throw new ImportValueError(
            `relation "${String(r.id)}" is a ${String(r.kind)} relation on a ${kind} edge`,
          );
        }
        if (!same && !swapped) {
          throw new ImportValueError(
            `relation "${String(r.id)}" joins ${String(r.source)} to ${String(r.target)}, not the edge's ends ${source} and ${target}`,
          );
        }
      }
      const spells = childNamed(edge, "spells");
      const days = spells
        ? childrenNamed(spells, "spell").map((s) => readTime(s, "spell"))
        : edge.attributes.has("start") || edge.attributes.has("end")
          ? [readTime(edge, "edge")]
          : [];
      return { records, days };
    });
    if (!result.ok) {
      reject(edge.line, `edge "${id}": ${result.message}`);
      continue;
    }
    for (const r of result.value.records)
      read.relations.push({ value: r, origin: { file, line: edge.line } });
    times.push({
      line: edge.line,
      relationIds: result.value.records.map((r) => String(r.id)),
      days: result.value.days,
    });
  }
  if (!dynamic) return read;
  return {
    ...read,
    verify: (dataset: Dataset): Rejection[] => {
      const byId = new Map<string, DatedRelation>(dataset.relations.map((r) => [r.id, r]));
      const rejections: Rejection[] = [];
      for (const t of times) {
        const expected = unionOfDays(t.relationIds.map((id) => relationDays(byId.get(id)!)));
        const always = expected.length === 1 && expected[0]!.lo === -Infinity && expected[0]!.hi === Infinity;
        const want = always ? [] : expected;
        const same =
          want.length === t.days.length &&
          want.every((d, i) => d.lo === t.days[i]!.lo && d.hi === t.days[i]!.hi);
        if (!same) {
          rejections.push({
            file,
            line: t.line,
            message: `edge time ${formatDays(t.days)} does not match the dates of its relations (${formatDays(want)})`,
          });
        }
      }
      return rejections;
    },
  };
}
