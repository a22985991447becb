#!/usr/bin/env node
// The open-model search benchmark: `node tools/bench/model-search.js [--models 5000] [--requests 200]`.
// Creates its own PostgreSQL database (sankofa_bench_models_<random>; --keep leaves it for a look), imports the shipped
// licences and <models> generated variations of the shipped models there (through the API's own
// `catalog:import`, from a temporary folder: never shipped), starts the built API against it and
// times typical filtered searches through GraphQL over HTTP, one request at a time, facets
// included. Prints p50/p95 per query shape; figures go to docs/benchmarks/model-search.md.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { Client } = require('pg');
const { registerCleanup } = require('../lib/cleanup');
const { startSankofaStack } = require('../lib/sankofa-stack');
const { provideTestServers } = require('../lib/test-services');
const { buildTargets, ensureBuilt } = require('../start/lib/build');
const { requireBuilt } = require('./grading/built-server');
const { summarize } = require('./grading/stats');

const ROOT = path.resolve(__dirname, '../..');
const OUT_DIR = path.join(ROOT, 'tmp/bench');
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';
const TARGET_P95_MS = 50;
const WARM_UP = 20;

function log(line) {
  process.stderr.write(`${line}\n`);
}

/** A small seeded generator, so every run generates the same catalog. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGE_POOL = ['eng', 'fra', 'spa', 'por', 'deu', 'zho', 'arb', 'hin', 'rus', 'jpn', 'ind', 'vie', 'tur', 'swh', 'yor', 'hau', 'ibo', 'amh', 'zul', 'xho', 'som', 'kin', 'lin', 'wol', 'twi', 'orm', 'tir', 'sna', 'nya', 'lug', 'afr', 'mlg', 'sot', 'tsn', 'ewe', 'bam', 'run'];
const ORGANIZATIONS = Array.from({ length: 60 }, (_, i) => `Bench Lab ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1}`);

/**
 * `count` models varied from the shipped ones: new slug and name, size scaled (active parameters
 * too), other languages, organization and release month. The facts that change keep the template's
 * provenance entries, so every generated file validates like a shipped one.
 */
function generateModels(templates, count) {
  const next = random(20261128);
  const pick = (list) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const t = templates[i % templates.length];
    const model = structuredClone(t);
    model.slug = `${t.slug.slice(0, 48)}-b${i}`;
    model.name = `${t.name} B${i}`;
    model.organization = pick(ORGANIZATIONS);
    if (t.parameters?.count) {
      const factor = Math.exp((next() - 0.5) * 4);
      const scaled = Math.min(2.9e12, Math.max(2e6, Math.round(t.parameters.count * factor)));
      model.parameters.count = scaled;
      if (t.parameters.active) model.parameters.active = Math.min(scaled, Math.round(t.parameters.active * factor));
    }
    if (t.released) model.released = `${2019 + Math.floor(next() * 7)}-${String(1 + Math.floor(next() * 9)).padStart(2, '0')}`;
    if (t.languages.length) {
      const n = 1 + Math.floor(next() * 8);
      model.languages = [...new Set(Array.from({ length: n }, () => pick(LANGUAGE_POOL)))].map((code) => ({ code, original: code }));
    }
    return model;
  });
}

const CARD_FIELDS = `slug name organization parameterCount parameterWording tasks memoryProfile coversAfricanLanguage
  licence { id name commercialUse } languages { code african }
  memory(contextLength: 4096) { quantization totalBytes }`;
const SEARCH = `query Search($filter: OpenModelFilter, $sort: OpenModelSort, $first: Int) {
  openModels(filter: $filter, sort: $sort, first: $first) {
    totalCount nextCursor items { ${CARD_FIELDS} }
    facets { tasks { value label count } modalities { value label count } languages { value label count }
      licences { value label count } commercialUse { value label count } organizations { value label count } }
  }
}`;

/** The query shapes timed, each varied a little from request to request. */
const SHAPES = [
  { name: 'text + task + language', variables: (i) => ({ filter: { query: ['instruct', 'translation', 'qwen', 'model'][i % 4], tasks: [['text-generation'], ['translation']][i % 2], languages: [['sw'], ['yo'], ['fr'], ['hau']][i % 4] } }) },
  { name: 'African language + fits phone', variables: (i) => ({ filter: { africanLanguage: true, fits: { deviceId: 'phone-4gb', quantization: ['Q4_K_M', 'Q8_0'][i % 2] } } }) },
  { name: 'commercial + size range, by size', variables: (i) => ({ filter: { commercialUse: ['YES'], minParameters: [1e8, 5e8, 1e9][i % 3], maxParameters: [1e10, 4e10, 8e10][i % 3] }, sort: 'SIZE_DESC' }) },
  { name: 'first page, no filter', variables: () => ({ sort: 'NAME' }) },
];

async function graphql(baseUrl, token, query, variables) {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = /** @type {{ data?: any, errors?: unknown[] }} */ (await res.json());
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`);
  return body.data;
}

async function timeShape(baseUrl, token, shape, requests) {
  const times = [];
  let totalCount = null;
  for (let i = 0; i < WARM_UP + requests; i++) {
    const started = performance.now();
    const data = await graphql(baseUrl, token, SEARCH, { first: 20, ...shape.variables(i) });
    const ms = performance.now() - started;
    if (i >= WARM_UP) times.push(ms);
    if (i === 0) totalCount = data.openModels.totalCount;
  }
  return { name: shape.name, totalCount, ...summarize(times) };
}

async function withPostgres(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(argv) {
  const { values } = parseArgs({ args: argv, options: { models: { type: 'string', default: '5000' }, requests: { type: 'string', default: '200' }, keep: { type: 'boolean', default: false } } });
  const modelCount = Number(values.models);
  const requests = Number(values.requests);
  const keep = values.keep;
  if (!(Number.isInteger(modelCount) && modelCount > 0 && Number.isInteger(requests) && requests > 0)) throw new Error('--models and --requests take positive whole numbers');
  await ensureBuilt(buildTargets(ROOT).server, { root: ROOT, env: process.env, log, quietWhenFresh: true });

  const parts = { servers: null, database: null, stack: null, folder: null };
  const teardown = async () => {
    if (parts.stack) await parts.stack.stop().catch(() => undefined);
    if (parts.database && keep) log(`kept the database: ${databaseUrl(parts.servers.postgresUrl, parts.database)}`);
    else if (parts.database) await withPostgres(parts.servers.postgresUrl, async (c) => {
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [parts.database]);
      await c.query(`DROP DATABASE IF EXISTS "${parts.database}"`);
    }).catch(() => undefined);
    if (parts.servers) await parts.servers.stop().catch(() => undefined);
    if (parts.folder) fs.rmSync(parts.folder, { recursive: true, force: true });
  };
  const release = registerCleanup({ stop: teardown, killNow: () => undefined });
  try {
    parts.servers = await provideTestServers({ env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL || LOCAL_POSTGRES, TEST_REDIS_URL: process.env.TEST_REDIS_URL || LOCAL_REDIS }, log });
    const name = `sankofa_bench_models_${Math.random().toString(16).slice(2, 10)}`;
    await withPostgres(parts.servers.postgresUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
    parts.database = name;

    const catalog = requireBuilt('libs/model-catalog/src/index');
    const shipped = await catalog.readCatalogFolder(ROOT);
    if (shipped.issues.length) throw new Error(`the shipped catalog has ${shipped.issues.length} problem(s); run catalog:validate`);
    parts.folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-bench-catalog-'));
    fs.mkdirSync(path.join(parts.folder, 'licences'));
    fs.mkdirSync(path.join(parts.folder, 'models'));
    for (const l of shipped.licences) fs.writeFileSync(path.join(parts.folder, 'licences', `${l.id}.yaml`), catalog.serializeLicence(l));
    const generated = generateModels(shipped.models, modelCount);
    for (const m of generated) fs.writeFileSync(path.join(parts.folder, 'models', `${m.slug}.yaml`), catalog.serializeModel(m));
    log(`generated ${generated.length} models from ${shipped.models.length} shipped ones in ${parts.folder}`);

    parts.stack = await startSankofaStack({
      redisUrl: parts.servers.redisUrl,
      logDir: path.join(OUT_DIR, 'model-search-logs'),
      web: false,
      graders: 0,
      extraEnv: { DATABASE_URL: databaseUrl(parts.servers.postgresUrl, name), SCRYPT_LOG_N: '10', ACCESS_TOKEN_TTL_SECONDS: '86400' },
    });
    const importStarted = performance.now();
    const imported = await parts.stack.cli(['catalog:import', parts.folder]);
    log(`${imported.stdout.trim()} (${((performance.now() - importStarted) / 1000).toFixed(1)} s)`);
    await withPostgres(databaseUrl(parts.servers.postgresUrl, name), (c) => c.query('ANALYZE'));

    const signUp = await graphql(parts.stack.baseUrl, null, `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
      input: { email: `bench-${Date.now()}@example.org`, password: 'a long enough passphrase', displayName: 'Bench Learner' },
    });
    const token = signUp.signUp.accessToken;
    const results = [];
    for (const shape of SHAPES) {
      log(`timing "${shape.name}" (${requests} requests after ${WARM_UP} to warm up)…`);
      results.push(await timeShape(parts.stack.baseUrl, token, shape, requests));
    }
    const round = (v) => (v === null ? null : Math.round(v * 10) / 10);
    const lines = [`Open-model search, ${modelCount} models on PostgreSQL, one request at a time, first page of 20 with facets:`, ''];
    lines.push(`${'query shape'.padEnd(36)} ${'matches'.padStart(7)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
    for (const r of results) lines.push(`${r.name.padEnd(36)} ${String(r.totalCount).padStart(7)} ${String(r.n).padStart(5)} ${String(round(r.p50)).padStart(8)} ${String(round(r.p95)).padStart(8)} ${String(round(r.max)).padStart(8)}`);
    const worst = Math.max(...results.map((r) => r.p95));
    lines.push('', `target p95 ≤ ${TARGET_P95_MS} ms: ${worst <= TARGET_P95_MS ? 'met' : 'missed'} (worst p95 ${round(worst)} ms)`);
    process.stdout.write(`${lines.join('\n')}\n`);
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const file = path.join(OUT_DIR, `model-search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const cpus = os.cpus();
    fs.writeFileSync(file, JSON.stringify({ models: modelCount, requests, machine: { cpus: cpus.length, cpuModel: cpus[0]?.model, node: process.version }, results }, null, 2));
    log(`figures written to ${path.relative(ROOT, file)}`);
    return worst <= TARGET_P95_MS ? 0 : 1;
  } finally {
    await teardown();
    release();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`model-search benchmark: ${err.stack ?? err}\n`);
      process.exit(1);
    },
  );
}

module.exports = { generateModels };
