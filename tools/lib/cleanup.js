// What a tool starts (database servers, the API, the grader, temp folders) must never outlive
// it. Each resource is stopped explicitly on the normal path; this registry is the safety net
// for the other paths: on SIGINT/SIGTERM/SIGHUP every registered resource is stopped (with a
// deadline) before the signal takes its usual effect, and on any exit whatever is still
// registered is killed synchronously.
'use strict';

const resources = new Set();
let hooksInstalled = false;
let stoppingForSignal = false;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_STOP_DEADLINE_MS = 15000;

function killAllNow() {
  for (const resource of resources) {
    try {
      resource.killNow();
    } catch {
      // Best effort: the process is exiting.
    }
  }
  resources.clear();
}

async function onSignal(signal) {
  if (stoppingForSignal) return;
  stoppingForSignal = true;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  const stops = [...resources].map((r) => Promise.resolve().then(() => r.stop()).catch(() => undefined));
  let timer;
  await Promise.race([Promise.all(stops), new Promise((resolve) => (timer = setTimeout(resolve, SIGNAL_STOP_DEADLINE_MS)))]);
  clearTimeout(timer);
  killAllNow();
  // Keep the signal's usual meaning (the process ends by it) unless someone else handles it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', killAllNow);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

/**
 * Registers a resource: `stop()` (async, graceful) runs if the process is interrupted,
 * `killNow()` (sync) if it exits with the resource still registered. Returns `release()`,
 * to call once the resource has been stopped normally.
 */
function registerCleanup({ stop, killNow }) {
  installHooks();
  const resource = { stop, killNow };
  resources.add(resource);
  return () => resources.delete(resource);
}

module.exports = { registerCleanup };
