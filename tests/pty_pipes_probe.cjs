// Drive the cdktf CLI's pty module as the CLI does (tools/node-pty-pipes behind the npm override):
// spawn a program, answer its prompt, collect its output and exit code; print them as JSON.
// argv: the program and its arguments; ANSWER: what to write once output arrives ("\u0003" stops it).
"use strict";
const pty = require("@cdktf/node-pty-prebuilt-multiarch");

const [file, ...args] = process.argv.slice(2);
const child = pty.spawn(file, args, { name: "xterm-color", cols: 80, rows: 30, cwd: process.cwd(), env: process.env });
let output = "";
let answered = false;
child.onData((data) => {
  output += data;
  if (!answered && process.env.ANSWER !== undefined) {
    answered = true;
    child.write(process.env.ANSWER);
  }
});
child.onExit(({ exitCode, signal }) => {
  process.stdout.write(JSON.stringify({ output, exitCode, signal: signal ?? null, pid: typeof child.pid }));
});
