// Lay out a DOT graph (standard input) with Graphviz as WebAssembly (npm @viz-js/viz, pinned in the
// project's package.json) and print it in the format named by the first argument (svg, json, ...).
// Run by ums_ha.diagram with the pinned Node; @viz-js/viz resolves from the project's node_modules.
// Exit status 1 with Graphviz's own message when the graph does not lay out.
import { readFileSync } from "node:fs";
import { instance } from "@viz-js/viz";

const format = process.argv[2] || "svg";
const viz = await instance();
const result = viz.render(readFileSync(0, "utf8"), { format });
for (const error of result.errors) {
  process.stderr.write(`${error.level ?? "error"}: ${error.message}\n`);
}
if (result.status !== "success") {
  process.exit(1);
}
process.stdout.write(result.output);
