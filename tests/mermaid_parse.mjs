// Parse a Mermaid flowchart (stdin) with Mermaid's own parser; print its nodes, edges and subgraphs as JSON.
// Used by the diagram tests: what GitHub would render is what they check. Exit 1 on a parse error.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

// Mermaid sanitises labels with DOMPurify, which needs a DOM.
const dom = new JSDOM("<!DOCTYPE html><body></body>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");

// Mermaid keeps entity codes (#quot; #35;) as placeholders until it draws; decode them as the browser would.
const decoder = dom.window.document.createElement("textarea");
function shown(label) {
  decoder.innerHTML = label.replaceAll("ﬂ°°", "&#").replaceAll("ﬂ°", "&").replaceAll("¶ß", ";");
  return decoder.value;
}

const text = readFileSync(0, "utf8");
try {
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db;
  const result = {
    type: diagram.type,
    vertices: [...db.getVertices().values()].map((v) => ({ id: v.id, text: shown(v.text), shape: v.type })),
    edges: db.getEdges().map((e) => ({ start: e.start, end: e.end, text: shown(e.text) })),
    subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, title: shown(s.title), nodes: s.nodes })),
  };
  process.stdout.write(JSON.stringify(result));
} catch (error) {
  process.stderr.write(String(error.message ?? error));
  process.exit(1);
}
