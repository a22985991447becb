// The long-running processes of a run (API, grader): started with the resolved environment,
// their output prefixed line by line, stopped together.
const { spawn } = require('node:child_process');
const { superviseChild } = require('../../lib/child-processes');

/** Writes `<prefix><line>` for every complete line pushed; `flush()` writes the remainder. */
function createLinePrefixer(prefix, write) {
  let pending = '';
  return {
    push(chunk) {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) write(`${prefix}${line.replace(/\r$/, '')}\n`);
    },
    flush() {
      if (pending) write(`${prefix}${pending.replace(/\r$/, '')}\n`);
      pending = '';
    },
  };
}

function describeExit({ code, signal }) {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

class ProcessGroup {
  constructor({ stdout = process.stdout, stderr = process.stderr, stopTimeoutMs = 10000 } = {}) {
    this.stopTimeoutMs = stopTimeoutMs;
    this.stdout = stdout;
    this.stderr = stderr;
    this.children = [];
    this.stopping = false;
    // Settles with { name, code, signal } when a process ends without being asked to.
    this.unexpectedExit = new Promise((resolve) => (this.reportUnexpectedExit = resolve));
  }

  /**
   * Starts `command` under `name` (also the log prefix). It runs in a process group of its own:
   * a Ctrl-C in the terminal reaches the orchestrator, which stops the group and waits for it.
   */
  start(name, command, args, { cwd, env }) {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    // Stopped by stopAll(); should this process be interrupted or exit first, by the cleanup registry.
    const stop = superviseChild(child, { stopSignal: 'SIGTERM', timeoutMs: this.stopTimeoutMs });
    const out = createLinePrefixer(`${name} | `, (s) => this.stdout.write(s));
    const err = createLinePrefixer(`${name} | `, (s) => this.stderr.write(s));
    child.stdout.setEncoding('utf8').on('data', (c) => out.push(c));
    child.stderr.setEncoding('utf8').on('data', (c) => err.push(c));
    const exited = new Promise((resolve) => {
      child.on('error', (error) => {
        if (!this.stopping) this.reportUnexpectedExit({ name, error });
        resolve();
      });
      child.on('close', (code, signal) => {
        out.flush();
        err.flush();
        if (!this.stopping) this.reportUnexpectedExit({ name, code, signal });
        resolve();
      });
    });
    this.children.push({ name, child, stop, exited });
    return child;
  }

  /** Stops every process (SIGTERM, then SIGKILL after the timeout) and waits for their output. */
  async stopAll() {
    this.stopping = true;
    await Promise.all(this.children.map(async ({ stop, exited }) => Promise.all([stop(), exited])));
  }
}

module.exports = { createLinePrefixer, describeExit, ProcessGroup };
