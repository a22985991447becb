// CPU time each long-lived part of the stack spends, read from /proc (Linux). Latency on a
// shared machine depends on what else runs; the CPU time a grading costs does not, and says how
// many gradings per second the machine's cores could carry.
'use strict';

const fs = require('node:fs');

// USER_HZ: the unit of the times in /proc/<pid>/stat; 100 on every Linux architecture Sankofa runs on.
const CLOCK_TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces); null when gone. */
function statFields(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU milliseconds a process spent itself so far (user and system), without its children: a
 * sandbox killed after its submission is never reaped by the grader, so children's times would
 * count some sandboxes and not others. Null when the process is gone.
 */
function processCpuMs(pid) {
  const fields = statFields(pid);
  if (!fields) return null;
  // utime and stime: fields 14 and 15 of proc(5), 11 and 12 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Processes whose parent is `parentPid`, with their command lines. */
function childProcesses(parentPid) {
  const children = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (!fields || Number(fields[1]) !== parentPid) continue;
    try {
      children.push({ pid: Number(entry), command: fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ') });
    } catch {
      // Exited meanwhile.
    }
  }
  return children;
}

/**
 * Reads the CPU time of the API and grader processes this process started, of the PostgreSQL
 * backends serving the benchmark's database (when PostgreSQL runs on this machine), and of the
 * benchmark itself. `sample()` → `{ api, grader, postgres, client }`, each a map of pid → CPU
 * milliseconds.
 * @param {import('pg').Pool} pool a pool of one connection on the benchmark's database
 */
function cpuMeter(pool) {
  const times = (pids) => new Map(pids.map((pid) => [pid, processCpuMs(pid)]).filter(([, ms]) => ms !== null));
  return {
    async sample() {
      const children = childProcesses(process.pid);
      const { rows } = await pool.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      const own = process.cpuUsage();
      return {
        api: times(children.filter((c) => c.command.includes('apps/api/src/main.js')).map((c) => c.pid)),
        grader: times(children.filter((c) => c.command.includes('apps/grader/src/main.js')).map((c) => c.pid)),
        postgres: times(rows.map((r) => r.pid)),
        client: new Map([[process.pid, (own.user + own.system) / 1000]]),
      };
    },
  };
}

/**
 * CPU milliseconds per grading between two samples, per part, and the gradings per second that
 * `cpus` cores could carry at the server's cost (the bench client not counted: a learner's
 * browser is elsewhere). Pass `cpus` null when the parts miss a cost (the sandboxes of Python
 * gradings): no capacity is derived then. Time of a process that ended between the samples is
 * missing.
 * @param {number | null} cpus
 */
function cpuPerGrading(before, after, gradings, cpus) {
  if (!gradings) return null;
  const spent = (part) => [...after[part]].reduce((total, [pid, ms]) => total + ms - (before[part].get(pid) ?? 0), 0);
  const per = Object.fromEntries(Object.keys(after).map((part) => [part, spent(part) / gradings]));
  const server = per.api + per.grader + per.postgres;
  return { ...per, server, gradingsPerSecondOnCpus: cpus && server > 0 ? (cpus * 1000) / server : null };
}

module.exports = { processCpuMs, childProcesses, cpuMeter, cpuPerGrading };
