// The system under test: the built API and grader processes on a fresh PostgreSQL database and
// a fresh Redis namespace, with the shipped curricula published and learners enrolled. Every
// process, the database and the namespace are removed again, also when the run is interrupted.
'use strict';

const { Queue } = require('bullmq');
const { Pool } = require('pg');
const { registerCleanup } = require('../../lib/cleanup');
const { startSankofaStack } = require('../../lib/sankofa-stack');
const { createTestDatabase, dropTestDatabase, provideTestServers } = require('../../lib/test-services');
const { cpuMeter } = require('./cpu-usage');
const { signUpLearners } = require('./learners');

// The services of a development machine; TEST_DATABASE_URL / TEST_REDIS_URL name others.
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/**
 * A submission limit per learner that the planned load stays well under: the limiter is not
 * what is measured, but it still runs on every submission.
 */
function submissionsPerMinute({ learners, peakPerMinute }) {
  return Math.min(10000, Math.ceil((2 * peakPerMinute) / learners) + 10);
}

/**
 * Starts everything; resolves with `{ baseUrl, pool, cpu, learners, settings, logDir, interrupted(), teardown() }`.
 * `teardown()` is idempotent and also runs on Ctrl-C, after which `interrupted()` is true.
 * @param {{ learners: number, courses: string[], peakPerMinute: number, graders: number, concurrency: number, poolSize: number, logDir: string, log: (line: string) => void }} options
 */
async function startBenchEnvironment({ learners: learnerCount, courses, peakPerMinute, graders, concurrency, poolSize, logDir, log }) {
  let interrupted = false;
  const parts = { servers: null, database: null, stack: null, pool: null, population: null, queue: null };
  let tearingDown = null;
  const teardown = () => {
    tearingDown ??= (async () => {
      const errors = [];
      const attempt = (step) => step().catch((err) => errors.push(err));
      if (parts.population) await attempt(() => parts.population.close());
      if (parts.queue) await attempt(() => parts.queue.close());
      if (parts.pool) await attempt(() => parts.pool.end());
      if (parts.stack) await attempt(() => parts.stack.stop());
      if (parts.database) await attempt(() => dropTestDatabase(parts.servers.postgresUrl, parts.database.name));
      if (parts.servers) await attempt(() => parts.servers.stop());
      release();
      if (errors.length) throw errors[0];
    })();
    return tearingDown;
  };
  const release = registerCleanup({
    stop: () => {
      interrupted = true;
      return teardown();
    },
    // Only a crash skips the graceful path; the processes are killed by their own registrations.
    killNow: () => undefined,
  });

  try {
    parts.servers = await provideTestServers({
      env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL || LOCAL_POSTGRES, TEST_REDIS_URL: process.env.TEST_REDIS_URL || LOCAL_REDIS },
      log,
    });
    parts.database = await createTestDatabase(parts.servers.postgresUrl);
    const settings = {
      GRADER_CONCURRENCY: String(concurrency),
      SANDBOX_POOL_SIZE: String(poolSize),
      SUBMISSIONS_PER_MINUTE: String(submissionsPerMinute({ learners: learnerCount, peakPerMinute })),
    };
    parts.stack = await startSankofaStack({
      redisUrl: parts.servers.redisUrl,
      logDir,
      web: false,
      graders,
      extraEnv: {
        DATABASE_URL: parts.database.url,
        // Sign-ups are set-up here, not what is measured: cheap hashing, no sign-up limit.
        SCRYPT_LOG_N: '10',
        SIGN_UPS_PER_HOUR: '100000',
        // Tokens outlive the longest run.
        ACCESS_TOKEN_TTL_SECONDS: '86400',
        ...settings,
      },
    });
    log(`stack up at ${parts.stack.baseUrl} on ${parts.database.name}; seeding the shipped curricula`);
    await parts.stack.cli(['seed-demo']);
    await parts.stack.cli(['seed-curricula']);
    // One connection: the CPU meter leaves its own backend out of PostgreSQL's share.
    parts.pool = new Pool({ connectionString: parts.database.url, max: 1 });
    log(`signing up ${learnerCount} learners, enrolled in ${courses.join(', ')}`);
    parts.population = await signUpLearners({ baseUrl: parts.stack.baseUrl, count: learnerCount, courses });
    // The grading queue itself, to pause the graders while a backlog is queued.
    parts.queue = new Queue('grading', { connection: { url: parts.servers.redisUrl }, prefix: `sankofa:${parts.stack.namespace}` });
    return {
      baseUrl: parts.stack.baseUrl,
      pool: parts.pool,
      queue: parts.queue,
      cpu: cpuMeter(parts.pool),
      learners: parts.population.learners,
      settings,
      logDir,
      interrupted: () => interrupted,
      teardown,
    };
  } catch (err) {
    await teardown().catch(() => undefined);
    throw err;
  }
}

module.exports = { startBenchEnvironment, submissionsPerMinute };
