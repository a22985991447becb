// Sends submissions the way learners do and notes, per submission, when it was sent, when the
// API answered and when the learner's socket pushed the result.
'use strict';

const { randomUUID } = require('node:crypto');
const { errorCode, graphql } = require('./learners');

const SUBMIT = 'mutation ($input: SubmitExerciseInput!) { submitExercise(input: $input) { id status } }';
// As the web app follows a submission: its status pushed, then its result asked for once final.
const SUMMARY = 'id kind status queuePosition attemptNumber score passed createdAt updatedAt';
const UPDATED = `subscription ($id: ID!) { submissionUpdated(id: $id) { ${SUMMARY} } }`;
const RESULT = `query ($id: ID!) { submission(id: $id) { ${SUMMARY} result { status score passed durationMs message errorDetail cases { name passed message stdout } questions { questionId score points correct feedback } problems { row column message } metric publicScore privateScore } override { score reason byName } } }`;
const PENDING = new Set(['QUEUED', 'RUNNING']);

/** `NETWORK: ECONNRESET` and the like, from a failed fetch. */
function networkError(err) {
  return `NETWORK: ${err.cause?.code ?? err.message}`;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Fires `fire()` at a fixed arrival rate for `durationSeconds`, whatever the answers take (an
 * open loop: a slow server does not slow the arrivals down). Resolves once every call settled,
 * with how late the client itself was against the schedule; rejects with the first failure.
 * @param {{ rate: number, durationSeconds: number, fire: () => Promise<unknown>, stopped?: () => boolean }} options
 */
async function openLoop({ rate, durationSeconds, fire, stopped = () => false }) {
  const intervalMs = 1000 / rate;
  const count = Math.max(1, Math.round(rate * durationSeconds));
  const start = performance.now();
  const calls = [];
  const lags = [];
  for (let i = 0; i < count && !stopped(); i++) {
    const due = start + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await delay(wait);
    lags.push(performance.now() - due);
    const call = fire();
    // Handled at the end, once every arrival went out; a failure must not stop the schedule.
    call.catch(() => undefined);
    calls.push(call);
  }
  const failed = (await Promise.allSettled(calls)).find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return { scheduleLagMs: lags };
}

/**
 * One learner population submitting one workload. `submit()` sends a submission from a random
 * learner with its own idempotency key, then follows it on that learner's socket.
 */
class SubmissionDriver {
  /**
   * @param {{ baseUrl: string, learners: Array<{ token: string, socket: import('graphql-ws').Client }>, input: Record<string, unknown> }} options
   */
  constructor({ baseUrl, learners, input }) {
    this.baseUrl = baseUrl;
    this.learners = learners;
    this.input = input;
    /** One per submission sent, in sending order. */
    this.records = [];
    this.subscriptions = new Set();
    /** The result reads that follow each final push, awaited before the phase's CPU is sampled. */
    this.resultReads = [];
  }

  async submit() {
    const learner = this.learners[Math.floor(Math.random() * this.learners.length)];
    const record = { sentAt: Date.now(), respondedAt: null, id: null, error: null, resentAfter: null, subscribedAt: null, eventAt: null, eventStatus: null };
    this.records.push(record);
    const variables = { input: { idempotencyKey: randomUUID(), ...this.input } };
    let result = null;
    try {
      result = await graphql(this.baseUrl, SUBMIT, variables, learner.token);
    } catch (err) {
      // Sent again once with the same key, as the web app does: stored once whatever happened.
      record.resentAfter = networkError(err);
      result = await graphql(this.baseUrl, SUBMIT, variables, learner.token).catch((again) => {
        record.error = networkError(again);
        return null;
      });
    }
    record.respondedAt = Date.now();
    const submission = result?.data?.submitExercise;
    if (submission) {
      record.id = submission.id;
      this.follow(learner, record);
    } else if (result) {
      record.error = errorCode(result);
    }
    return record;
  }

  /** Subscribes as the web app does once `submitExercise` answered: the first final status counts. */
  follow(learner, record) {
    record.subscribedAt = Date.now();
    const unsubscribe = learner.socket.subscribe(
      { query: UPDATED, variables: { id: record.id } },
      {
        next: ({ data }) => {
          const status = data?.submissionUpdated?.status;
          if (!status || PENDING.has(status) || record.eventAt !== null) return;
          record.eventAt = Date.now();
          record.eventStatus = status;
          this.unfollow(unsubscribe);
          this.resultReads.push(graphql(this.baseUrl, RESULT, { id: record.id }, learner.token).catch(() => null));
        },
        error: () => this.unfollow(unsubscribe),
        complete: () => this.unfollow(unsubscribe),
      },
    );
    this.subscriptions.add(unsubscribe);
  }

  unfollow(unsubscribe) {
    if (this.subscriptions.delete(unsubscribe)) unsubscribe();
  }

  /** Waits up to `timeoutMs` for the pushes still awaited, then ends those subscriptions: missed. */
  async stopFollowing(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (this.subscriptions.size && Date.now() < deadline) await delay(100);
    for (const unsubscribe of [...this.subscriptions]) this.unfollow(unsubscribe);
    await Promise.all(this.resultReads);
  }

  acceptedIds() {
    return this.records.filter((r) => r.id !== null).map((r) => r.id);
  }
}

module.exports = { openLoop, SubmissionDriver, delay };
