// Learners as the web app drives the API: GraphQL over HTTP with a bearer token, and one
// WebSocket per learner (graphql-ws) for submission updates.
'use strict';

const { randomBytes } = require('node:crypto');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const ENROLL = 'mutation ($courseSlug: String!) { enroll(courseSlug: $courseSlug) { slug } }';

/**
 * POSTs one GraphQL operation; resolves with `{ data, errors }` as the server sent them, and
 * rejects only when no GraphQL answer came back (network failure, non-JSON response).
 * @param {string} baseUrl
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @param {string} [token]
 */
async function graphql(baseUrl, query, variables, token) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // Apollo's CSRF prevention: the web app sends it too.
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} without a GraphQL answer: ${text.slice(0, 200)}`);
  }
}

/** The stable code of the first error of a GraphQL answer (`RATE_LIMITED`, …). */
function errorCode(result) {
  const error = result.errors?.[0];
  if (!error) return 'NO_DATA';
  const { code, reason } = error.extensions ?? {};
  return reason ? `${code}:${reason}` : String(code ?? 'UNKNOWN');
}

/** Runs `fn` over the items with at most `limit` calls at a time; results in item order. */
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Signs up `count` learners (at most `parallel` at a time), enrolls each in `courses` and opens
 * its WebSocket. Resolves with `{ learners: [{ token, socket }], close() }`.
 * @param {{ baseUrl: string, count: number, courses: string[], parallel?: number }} options
 */
async function signUpLearners({ baseUrl, count, courses, parallel = 8 }) {
  const run = randomBytes(3).toString('hex');
  const learners = [];
  const close = () => Promise.all(learners.map((l) => l.socket.dispose()));
  try {
    await mapBounded(Array.from({ length: count }, (_, i) => i), parallel, async (i) => {
      const signedUp = await graphql(baseUrl, SIGN_UP, {
        input: { email: `bench-${run}-${i}@example.org`, password: 'correct horse battery staple', displayName: `Learner ${i + 1}` },
      });
      const token = signedUp.data?.signUp.accessToken;
      if (!token) throw new Error(`signing up learner ${i + 1} failed: ${errorCode(signedUp)} ${signedUp.errors?.[0]?.message ?? ''}`);
      for (const courseSlug of courses) {
        const enrolled = await graphql(baseUrl, ENROLL, { courseSlug }, token);
        if (!enrolled.data) throw new Error(`enrolling learner ${i + 1} in ${courseSlug} failed: ${errorCode(enrolled)}`);
      }
      // Connected up front, as an open exercise page is: the socket's set-up is not part of a grading.
      const socket = createClient({
        url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: () => undefined,
      });
      learners.push({ token, socket });
    });
  } catch (err) {
    await close();
    throw err;
  }
  return { learners, close };
}

module.exports = { graphql, errorCode, mapBounded, signUpLearners };
