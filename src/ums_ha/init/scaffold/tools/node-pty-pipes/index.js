// node-pty's spawn() over plain pipes, for the cdktf 0.21 CLI on a current Node (see package.json).
//
// The CLI uses a pty only to run terraform and read its output: it listens to onData and onExit,
// and answers prompts with write() ("yes\n"; "\x03" to stop). Pipes carry all of that; terraform
// reads its answers from a pipe as from a terminal. Output arrives as stdout and stderr, both on
// onData, in the order they come. resize() has nothing to resize. As in a terminal, the program runs
// in a process group of its own, and Ctrl-C or kill() signals that whole group.
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
    detached: true, // its own process group, as a terminal's foreground job
  });
  const dataListeners = [];
  const exitListeners = [];
  let exited = null;
  const emitData = (chunk) => {
    const text = chunk.toString("utf8");
    for (const listener of dataListeners) listener(text);
  };
  const finish = (result) => {
    if (exited !== null) return;
    exited = result;
    for (const listener of exitListeners) listener(exited);
  };
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal); // the group is gone already, or never started
    }
  };
  child.stdout.on("data", emitData);
  child.stderr.on("data", emitData);
  // "close", not "exit": every byte of output has been delivered by then.
  child.on("close", (code, signal) => finish({ exitCode: code === null ? 1 : code, signal: signal || undefined }));
  child.on("error", (error) => {
    // The program did not start (a missing file): what a shell says, and its exit status.
    emitData(Buffer.from(`${file}: ${error.message}\n`));
    finish({ exitCode: 127, signal: undefined });
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
        signalGroup("SIGINT");
        return;
      }
      if (child.stdin.writable) child.stdin.write(data);
    },
    kill(signal) {
      signalGroup(signal || "SIGHUP");
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
