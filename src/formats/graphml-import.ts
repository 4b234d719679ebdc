import { entityFromFields, relationFromFields } from "./flat-records.js";
import type { ImportRead } from "./import-result.js";
import { emptyImportRead } from "./import-result.js";
import { attempt, ImportValueError, readObjectList } from "./import-values.js";
import type { XmlElement } from "./xml-reader.js";
import { childNamed, childrenNamed, parseXml, repeatedChildren } from "./xml-reader.js";

/** An element's data by key name; data of undeclared keys are an error. */
function dataValues(element: XmlElement, names: ReadonlyMap<string, string>): Map<string, string> {
  const values = new Map<string, string>();
  for (const d of childrenNamed(element, "data")) {
    const key = d.attributes.get("key") ?? "";
    const name = names.get(key);
    if (name === undefined) throw new ImportValueError(`data for key "${key}", which is not declared`);
    if (values.has(name)) {
      // Readers keep one of two values silently: refuse instead.
      throw new ImportValueError(`data "${name}" given twice (a second <data> at line ${d.line})`);
    }
    values.set(name, d.text);
  }
  return values;
}

/**
 * Reads a GraphML file written by `faultline export graphml` back into graph-data items: sources
 * from the graph's `sources` data, an entity per node, a relation per edge (its id the relation's).
 * Every element that cannot be read is a rejection at its line. Unknown keys are refused only
 * when used by an element we read. Pure and browser-safe.
 */
export function readGraphml(text: string, file: string): ImportRead {
  const read = emptyImportRead();
  const reject = (line: number | null, message: string) => read.rejections.push({ file, line, message });
  const parsed = parseXml(text);
  if (!parsed.ok) {
    reject(parsed.line, `not well-formed XML: ${parsed.message}`);
    return read;
  }
  const root = parsed.root;
  const graph = root.localName === "graphml" ? childNamed(root, "graph") : undefined;
  if (!graph) {
    reject(root.line, `expected a <graphml> document with a <graph>, found <${root.name}>`);
    return read;
  }
  const repeats = repeatedChildren(root, ["graph"]);
  for (const r of repeats) {
    reject(
      r.element.line,
      `a second <graph> (the first is at line ${r.firstLine}): one is expected, nothing is read from a file that has two`,
    );
  }
  if (repeats.length > 0) return read;
  const names = {
    graph: new Map<string, string>(),
    node: new Map<string, string>(),
    edge: new Map<string, string>(),
  };
  for (const k of childrenNamed(root, "key")) {
    const target = k.attributes.get("for") ?? "node";
    const id = k.attributes.get("id");
    const name = k.attributes.get("attr.name") ?? id;
    if (
      id !== undefined &&
      name !== undefined &&
      (target === "graph" || target === "node" || target === "edge")
    ) {
      if (names[target].has(id)) {
        reject(k.line, `key "${id}" for ${target} declared twice`);
        return read;
      }
      names[target].set(id, name);
    }
  }

  read.elements++;
  const graphData = attempt(() => dataValues(graph, names.graph));
  if (!graphData.ok) {
    reject(graph.line, `graph: ${graphData.message}`);
    read.unread.add("sources");
  } else {
    const sourcesData = childrenNamed(graph, "data").find(
      (d) => names.graph.get(d.attributes.get("key") ?? "") === "sources",
    );
    const text = graphData.value.get("sources");
    const line = sourcesData?.line ?? graph.line;
    if (text === undefined) {
      reject(line, "graph: no sources data");
      read.unread.add("sources");
    } else {
      const sources = attempt(() => readObjectList("sources", text));
      if (!sources.ok) {
        reject(line, `graph: ${sources.message}`);
        read.unread.add("sources");
      } else for (const s of sources.value) read.sources.push({ value: s, origin: { file, line } });
    }
  }

  for (const node of childrenNamed(graph, "node")) {
    read.elements++;
    const entity = attempt(() => {
      const values = dataValues(node, names.node);
      return entityFromFields((field) => (field === "id" ? node.attributes.get("id") : values.get(field)));
    });
    if (entity.ok) read.entities.push({ value: entity.value, origin: { file, line: node.line } });
    else {
      reject(node.line, `node "${node.attributes.get("id") ?? "?"}": ${entity.message}`);
      read.rejectedIds.add(`entity:${node.attributes.get("id")}`);
    }
  }

  for (const edge of childrenNamed(graph, "edge")) {
    read.elements++;
    const relation = attempt(() => {
      const values = dataValues(edge, names.edge);
      return relationFromFields((field) =>
        field === "id" || field === "source" || field === "target"
          ? edge.attributes.get(field)
          : values.get(field),
      );
    });
    if (relation.ok) read.relations.push({ value: relation.value, origin: { file, line: edge.line } });
    else reject(edge.line, `edge "${edge.attributes.get("id") ?? "?"}": ${relation.message}`);
  }
  return read;
}
