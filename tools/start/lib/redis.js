// Chooses the Redis of a run: the user's REDIS_URL, else the usual local one when it is safe
// for queues, else a private redis-server started for this run.
const path = require('node:path');
const { StartError } = require('./errors');

const LOCAL_URL = 'redis://127.0.0.1:6379';
const INSTALL_HINT = 'install it with `sudo apt-get install -y redis-server` (Debian/Ubuntu) or `brew install redis` (macOS), or set REDIS_URL';

/**
 * Resolves with `{ url, source, note?, port?, stop? }`:
 * - source `env`: REDIS_URL was set; it must answer (a policy other than noeviction is a warning,
 *   since the user chose that server).
 * - source `local`: 127.0.0.1:6379 answers with maxmemory-policy noeviction.
 * - source `started`: a redis-server from PATH on a free port, files in <data>/redis; `stop()`
 *   ends it.
 * `services` is tools/lib/services.js (injected for tests); `findExec` looks a name up on PATH.
 */
async function chooseRedis({ redisUrl, dataDir, services, findExec, timeoutMs = 1000 }) {
  if (redisUrl) {
    const answer = await services.redisAnswers(redisUrl, { timeoutMs });
    if (!answer.ok) {
      const cause = answer.error ? ` (${answer.error})` : '';
      throw new StartError(`REDIS_URL=${services.redactUrl(redisUrl)} does not answer${cause}: start that Redis, or unset REDIS_URL.`);
    }
    const note =
      answer.policy && answer.policy !== 'noeviction'
        ? `Warning: the Redis at REDIS_URL uses maxmemory-policy ${answer.policy}; Sankofa needs noeviction (an evicted job is a lost submission).`
        : undefined;
    return { url: redisUrl, source: 'env', note };
  }

  const local = await services.redisAnswers(LOCAL_URL, { timeoutMs });
  if (local.ok && local.policy === 'noeviction') return { url: LOCAL_URL, source: 'local' };
  const why = local.ok ? `the Redis on 127.0.0.1:6379 uses maxmemory-policy ${local.policy ?? 'unknown'}, not noeviction` : undefined;

  if (!findExec('redis-server')) {
    throw new StartError(`Redis is needed and none can be used (${why ?? 'nothing answers on 127.0.0.1:6379'}): ${INSTALL_HINT}.`);
  }
  const dir = path.join(dataDir, 'redis');
  let started;
  try {
    // Without a port, startRedisServer picks a free one (and retries if it is taken meanwhile).
    started = await services.startRedisServer({ dir });
  } catch (err) {
    throw new StartError(`redis-server did not start (${err.message.split('\n')[0]}); its folder is ${dir}.`);
  }
  return {
    url: started.url,
    source: 'started',
    note: why ? `Not using 127.0.0.1:6379: ${why}.` : undefined,
    port: started.port,
    stop: () => started.stop(),
  };
}

/**
 * Watches a Redis this run started: resolves once it has failed to answer `misses` times in a
 * row (it died), so the run can stop instead of limping on. `cancel()` ends the watch.
 */
function watchRedis(url, { services, intervalMs = 2000, misses = 2 }) {
  let timer;
  let cancelled = false;
  const gone = new Promise((resolve) => {
    let failures = 0;
    const check = async () => {
      const answer = await services.redisAnswers(url, { timeoutMs: 2000 });
      if (cancelled) return;
      failures = answer.ok ? 0 : failures + 1;
      if (failures >= misses) resolve(answer.error ?? 'no answer');
      else timer = setTimeout(check, intervalMs);
    };
    timer = setTimeout(check, intervalMs);
  });
  return {
    gone,
    cancel() {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}

module.exports = { chooseRedis, watchRedis, LOCAL_URL };
