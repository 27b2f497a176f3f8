// node-pty's spawn() over plain pipes, for the cdktf 0.21 CLI on a current Node (see package.json).
//
// The CLI uses a pty only to run terraform and read its output: it listens to onData and onExit,
// and answers prompts with write() ("yes\n"; "\x03" to stop). Pipes carry all of that; terraform
// reads its answers from a pipe as from a terminal. Output arrives as stdout and stderr, both on
// onData, in the order they come. resize() has nothing to resize.
"use strict";

const { spawn: spawnProcess } = require("node:child_process");

const CTRL_C = "\x03";

function splitArgs(args) {
  if (Array.isArray(args)) return args;
  return typeof args === "string" && args.length > 0 ? args.split(" ") : [];
}

function spawn(file, args, options = {}) {
  const child = spawnProcess(file, splitArgs(args), {
    cwd: options.cwd,
    env: options.env || process.env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const dataListeners = [];
  const exitListeners = [];
  let exited = null;
  const emitData = (chunk) => {
    const text = chunk.toString("utf8");
    for (const listener of dataListeners) listener(text);
  };
  child.stdout.on("data", emitData);
  child.stderr.on("data", emitData);
  // "close", not "exit": every byte of output has been delivered by then.
  child.on("close", (code, signal) => {
    exited = { exitCode: code === null ? 1 : code, signal: signal || undefined };
    for (const listener of exitListeners) listener(exited);
  });
  child.on("error", (error) => {
    emitData(Buffer.from(`${file}: ${error.message}\n`));
    if (exited === null && child.exitCode === null) {
      exited = { exitCode: 127, signal: undefined };
      for (const listener of exitListeners) listener(exited);
    }
  });
  child.stdin.on("error", () => {}); // the process may exit before it reads what was written
  return {
    pid: child.pid,
    cols: options.cols || 80,
    rows: options.rows || 30,
    process: file,
    onData(listener) {
      dataListeners.push(listener);
      return { dispose: () => dataListeners.splice(dataListeners.indexOf(listener), 1) };
    },
    onExit(listener) {
      exitListeners.push(listener);
      if (exited !== null) listener(exited);
      return { dispose: () => exitListeners.splice(exitListeners.indexOf(listener), 1) };
    },
    write(data) {
      if (data === CTRL_C) {
        child.kill("SIGINT");
        return;
      }
      if (child.stdin.writable) child.stdin.write(data);
    },
    kill(signal) {
      child.kill(signal || "SIGHUP");
    },
    resize() {},
    pause() {
      child.stdout.pause();
      child.stderr.pause();
    },
    resume() {
      child.stdout.resume();
      child.stderr.resume();
    },
  };
}

module.exports = { spawn };
