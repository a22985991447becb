// Turns what was sent and what the database recorded into figures, checks them against the
// targets of the grading issue, and prints them as compact tables.
'use strict';

const { countBy, summarize } = require('./stats');

/**
 * Figures of one phase. `records` come from the driver (client clock), `runs` from the
 * database (server clock, same machine); times are epoch milliseconds.
 * @param {{ records: Array<Record<string, any>>, runs: Array<Record<string, any>> }} phase
 */
function summarizePhase({ records, runs }) {
  const runOf = new Map(runs.map((r) => [r.id, r]));
  const accepted = records.filter((r) => r.id !== null);
  /** @type {Array<Record<string, any>>} */
  const graded = accepted.map((r) => ({ ...r, run: runOf.get(r.id) })).filter((r) => r.run?.finishedAt != null);
  const firstSent = Math.min(...records.map((r) => r.sentAt));
  const lastFinished = Math.max(...graded.map((r) => r.run.finishedAt));
  const lastAnswered = Math.max(...records.map((r) => r.respondedAt ?? r.sentAt));
  const missed = accepted.filter((r) => r.eventAt === null);
  const seconds = (ms) => Math.max(ms, 1) / 1000;

  return {
    sent: records.length,
    accepted: accepted.length,
    rejected: countBy(records.filter((r) => r.id === null).map((r) => r.error)),
    // Sent a second time (same idempotency key) after the connection failed, by the failure.
    resent: countBy(records.filter((r) => r.resentAfter).map((r) => r.resentAfter)),
    graded: graded.length,
    unfinished: accepted.length - graded.length,
    statuses: countBy(graded.map((r) => r.run.status)),
    retriedByGrader: graded.filter((r) => r.run.graderAttempts > 1).length,
    // Submit → result stored, and submit → result pushed on the learner's socket.
    stored: summarize(graded.map((r) => r.run.finishedAt - r.sentAt)),
    pushed: summarize(accepted.map((r) => (r.eventAt === null ? null : r.eventAt - r.sentAt))),
    eventsMissed: missed.length,
    // A result stored before the socket subscribed is never pushed: the client must read it once.
    eventsMissedStoredBeforeSubscribing: missed.filter((r) => runOf.get(r.id)?.finishedAt != null && runOf.get(r.id).finishedAt <= r.subscribedAt).length,
    stages: {
      // PostgreSQL's now() in the API's transaction: when the submission row went in.
      submitInserted: summarize(graded.map((r) => r.run.createdAt - r.sentAt)),
      submitAnswered: summarize(accepted.map((r) => r.respondedAt - r.sentAt)),
      queued: summarize(graded.map((r) => r.run.startedAt - r.run.createdAt)),
      grading: summarize(graded.map((r) => r.run.durationMs)),
      graderBookkeeping: summarize(graded.map((r) => r.run.finishedAt - r.run.startedAt - r.run.durationMs)),
      pushAfterStored: summarize(graded.map((r) => (r.eventAt === null ? null : r.eventAt - r.run.finishedAt))),
    },
    // Everything but the grading itself: API, database, queue, waiting for a free slot.
    overhead: summarize(graded.map((r) => r.run.finishedAt - r.sentAt - r.run.durationMs)),
    acceptSeconds: records.length ? seconds(lastAnswered - firstSent) : null,
    drainSeconds: graded.length ? seconds(lastFinished - firstSent) : null,
    gradingsPerSecond: graded.length ? graded.length / seconds(lastFinished - firstSent) : 0,
  };
}

const TARGETS = [
  { workload: 'typical', phase: 'steady', what: 'p50 submit → result stored', limit: 500, unit: 'ms', value: (w) => w.steady?.stored.p50 },
  { workload: 'typical', phase: 'steady', what: 'p95 submit → result stored', limit: 1500, unit: 'ms', value: (w) => w.steady?.stored.p95 },
  { workload: 'typical', phase: 'steady', what: 'p50 overhead over the bare sandbox', limit: 100, unit: 'ms', value: (w) => w.overheadP50Ms },
  { workload: 'typical', phase: 'burst', what: 'throughput', atLeast: 10, unit: 'gradings/s', value: (w) => w.burst?.gradingsPerSecond },
  // The graders' pace on 1,000 pending submissions (queued while they were paused), pushes and
  // result reads included; the burst row above it shows the pace with the submitting included.
  { workload: 'quiz', phase: 'backlog', what: 'grader throughput', atLeast: 300, unit: 'gradings/s', value: (w) => w.backlog?.graderGradingsPerSecond },
  { workload: 'prediction', phase: 'backlog', what: 'grader throughput', atLeast: 300, unit: 'gradings/s', value: (w) => w.backlog?.graderGradingsPerSecond },
  { workload: 'quiz', phase: 'burst', what: 'burst submissions refused', limit: 0, unit: '', value: (w) => (w.burst ? w.burst.sent - w.burst.accepted : undefined) },
  { workload: 'prediction', phase: 'burst', what: 'burst submissions refused', limit: 0, unit: '', value: (w) => (w.burst ? w.burst.sent - w.burst.accepted : undefined) },
];

/** Each target the run measured: `{ workload, what, target, value, met }`. */
function checkTargets(results) {
  return TARGETS.flatMap((t) => {
    const measured = results[t.workload];
    const value = measured ? t.value(measured) : undefined;
    if (value === undefined || value === null) return [];
    const met = t.atLeast !== undefined ? value >= t.atLeast : value <= t.limit;
    const target = t.atLeast !== undefined ? `≥ ${t.atLeast} ${t.unit}` : `≤ ${t.limit} ${t.unit}`.trim();
    return [{ workload: t.workload, phase: t.phase, what: t.what, target, value: Math.round(value * 10) / 10, unit: t.unit, met }];
  });
}

function ms(value) {
  if (value === null || value === undefined) return '–';
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const PHASE_LABELS = {
  steady: (w) => `${w.rate}/s × ${w.durationSeconds}s`,
  burst: (w) => `burst ${w.burstSize}`,
  backlog: (w) => `backlog ${w.burstSize}`,
};

/** The printed report: the machine, latencies, where the time goes, the baseline, the targets. */
function formatReport({ results, targets, machine }) {
  const phases = Object.entries(results).flatMap(([name, w]) =>
    ['steady', 'burst', 'backlog'].filter((p) => w[p]).map((p) => ({ name, label: PHASE_LABELS[p](w), s: w[p] })),
  );
  const latency = table(
    ['workload', 'phase', 'sent', 'refused', 'graded', 'not passed', 'p50', 'p95', 'p99', 'max', 'gradings/s', 'pushed p50', 'not pushed'],
    phases.map(({ name, label, s }) => [
      name,
      label,
      s.sent,
      s.sent - s.accepted,
      s.graded,
      s.graded - (s.statuses.PASSED ?? 0),
      ms(s.stored.p50),
      ms(s.stored.p95),
      ms(s.stored.p99),
      ms(s.stored.max),
      (s.graderGradingsPerSecond ?? s.gradingsPerSecond).toFixed(1),
      ms(s.pushed.p50),
      s.eventsMissed,
    ]),
  );
  const stages = table(
    ['workload', 'phase', 'inserted p50', 'answered p50', 'queued p50', 'queued p95', 'grading p50', 'grading p95', 'grader db p50', 'push p50', 'overhead p50'],
    phases.map(({ name, label, s }) => [
      name,
      label,
      ms(s.stages.submitInserted.p50),
      ms(s.stages.submitAnswered.p50),
      ms(s.stages.queued.p50),
      ms(s.stages.queued.p95),
      ms(s.stages.grading.p50),
      ms(s.stages.grading.p95),
      ms(s.stages.graderBookkeeping.p50),
      ms(s.stages.pushAfterStored.p50),
      ms(s.overhead.p50),
    ]),
  );
  const cpu = table(
    ['workload', 'phase', 'API', 'grader', 'PostgreSQL', 'server', 'gradings/s the CPUs allow', 'bench client'],
    phases
      .filter(({ s }) => s.cpuMs)
      .map(({ name, label, s }) => [
        name,
        label,
        ms(s.cpuMs.api),
        ms(s.cpuMs.grader),
        ms(s.cpuMs.postgres),
        ms(s.cpuMs.server),
        s.cpuMs.gradingsPerSecondOnCpus?.toFixed(1) ?? '–',
        ms(s.cpuMs.client),
      ]),
  );
  const loads = phases.flatMap(({ s }) => [s.loadAverage.before, s.loadAverage.after]);
  const lines = [
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}; ` +
      `1-minute load average during the phases ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}.`,
    '',
    'Submit → result stored (latency), and where the time goes:',
    '',
    latency,
    '',
    stages,
    '',
    `CPU time per grading (Node and PostgreSQL processes; Python's sandboxes not counted), and the gradings per second ${machine.cpus} CPUs could carry at that cost:`,
    '',
    cpu,
    '',
  ];
  for (const [name, w] of Object.entries(results)) {
    if (!w.baseline) continue;
    const b = w.baseline;
    lines.push(
      `Baseline (${name}): the same code straight in a warm sandbox pool, ${b.runs} runs at ${b.rate}/s: p50 ${ms(b.wallMs.p50)}, p95 ${ms(b.wallMs.p95)}.`,
      `  Through API, queue and grader at ${w.rate}/s: p50 ${ms(w.steady?.stored.p50)} → overhead ${ms(w.overheadP50Ms)} at p50 (× ${w.overheadRatio?.toFixed(2) ?? '–'}).`,
      '',
    );
  }
  for (const { name, label, s } of phases) {
    if (!s.apiAnswering) lines.push(`The API stopped answering during ${name} ${label}: later workloads were not run (see its log).`, '');
  }
  if (targets.length) {
    lines.push('Targets:');
    for (const t of targets) lines.push(`  ${t.met ? 'met    ' : 'MISSED '} ${t.workload} ${t.phase}: ${t.what} ${t.value}${t.unit ? ` ${t.unit}` : ''} (target ${t.target})`);
  }
  return lines.join('\n');
}

module.exports = { summarizePhase, checkTargets, formatReport };
