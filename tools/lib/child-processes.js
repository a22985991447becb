// Helpers for the long-running child processes that tools start and must stop again.
'use strict';

const { registerCleanup } = require('./cleanup');

function isRunning(child) {
  return child.exitCode === null && child.signalCode === null;
}

/** Resolves with { code, signal } once the child has exited, or with null after `timeoutMs`. */
function waitForExit(child, timeoutMs) {
  if (!isRunning(child)) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.removeListener('exit', onExit);
      resolve(null);
    }, timeoutMs);
    function onExit(code, signal) {
      clearTimeout(timer);
      resolve({ code, signal });
    }
    child.once('exit', onExit);
  });
}

/** Asks the child to stop with `signal`, and kills it if it is still running after `timeoutMs`. */
async function stopChild(child, { signal = 'SIGTERM', timeoutMs = 10000 } = {}) {
  if (!isRunning(child)) return;
  child.kill(signal);
  if (await waitForExit(child, timeoutMs)) return;
  child.kill('SIGKILL');
  await waitForExit(child, 5000);
}

function nothing() {
  // Default afterExit: nothing to remove.
}

/**
 * Ties a child to this process: `stop()` ends it gracefully (then forcibly) and runs
 * `afterExit` (e.g. removing its data folder); if this process is interrupted or exits first,
 * the cleanup registry does the same. `stop()` is idempotent.
 */
function superviseChild(child, { stopSignal = 'SIGTERM', killSignal = 'SIGKILL', timeoutMs = 10000, afterExit = nothing } = {}) {
  let stopping = null;
  const stop = () => {
    if (!stopping) {
      stopping = stopChild(child, { signal: stopSignal, timeoutMs }).finally(() => {
        release();
        afterExit();
      });
    }
    return stopping;
  };
  const release = registerCleanup({
    stop,
    killNow() {
      if (isRunning(child)) child.kill(killSignal);
      afterExit();
    },
  });
  return stop;
}

/** Keeps the last `maxBytes` of a child's output, for error messages. */
function outputTail(maxBytes = 16384) {
  let text = '';
  return {
    append(chunk) {
      text = (text + chunk.toString()).slice(-maxBytes);
    },
    lines(count = 20) {
      return text.trimEnd().split('\n').slice(-count).join('\n');
    },
  };
}

module.exports = { isRunning, waitForExit, stopChild, superviseChild, outputTail };
