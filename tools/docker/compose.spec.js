// Checks docker/ without a Docker engine: the compose file validates with docker-compose and
// describes the production-like stack, and the Dockerfiles keep their essentials.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const YAML = require('yaml');
const { onPath } = require('../lib/services');

const ROOT = path.resolve(__dirname, '../..');
const DOCKER = path.join(ROOT, 'docker');

if (!onPath('docker-compose')) {
  throw new Error('docker-compose is not installed: run `apt-get install -y docker-compose` (it validates docker/compose.yaml)');
}

/**
 * `docker-compose -f docker/compose.yaml --env-file <file> config`, run from docker/ as the README
 * says (docker-compose 1.x reads the seccomp profile relative to its working folder), and
 * isolated from the caller's variables.
 */
function composeConfig(envFile) {
  return spawnSync('docker-compose', ['-f', 'compose.yaml', '--env-file', envFile, 'config'], {
    cwd: DOCKER,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: os.tmpdir() },
  });
}

/** The stages of a Dockerfile: `{ name, from, lines }`, in order. */
function stages(dockerfile) {
  const text = fs.readFileSync(path.join(DOCKER, dockerfile), 'utf8').replace(/\\\n/g, ' ');
  const result = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) result.push({ from: from[1], name: from[2], lines: [] });
    else if (result.length) result.at(-1).lines.push(line);
  }
  return result;
}

describe('docker/compose.yaml', () => {
  let config;

  beforeAll(() => {
    const result = composeConfig('.env.example');
    if (result.status !== 0) throw new Error(`docker-compose config failed:\n${result.stderr}`);
    config = YAML.parse(result.stdout);
  });

  const services = () => config.services;
  const named = (prefix) => Object.keys(services()).filter((n) => n.startsWith(prefix));

  it('runs two API instances and two graders', () => {
    expect(named('api-')).toEqual(['api-1', 'api-2']);
    expect(named('grader-')).toEqual(['grader-1', 'grader-2']);
    for (const name of named('api-')) expect(services()[name].build.dockerfile).toBe('docker/api.Dockerfile');
    for (const name of named('grader-')) expect(services()[name].build.dockerfile).toBe('docker/grader.Dockerfile');
  });

  it('uses PostgreSQL 15 and Redis 7 with maxmemory-policy noeviction', () => {
    expect(services().postgres.image).toMatch(/^postgres:15\b/);
    expect(services().redis.image).toMatch(/^redis:7\b/);
    const command = services().redis.command;
    expect(command[command.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
  });

  it('migrates once, before any API or grader starts', () => {
    const migrate = services().migrate;
    expect(migrate.command.slice(-2)).toEqual(['dist/server/apps/api/src/cli.js', 'migrate']);
    expect(migrate.restart).toBe('no');
    expect(migrate.depends_on.postgres.condition).toBe('service_healthy');
    for (const name of [...named('api-'), ...named('grader-')]) {
      expect(services()[name].depends_on.migrate.condition).toBe('service_completed_successfully');
      expect(services()[name].depends_on.redis.condition).toBe('service_healthy');
    }
  });

  it('runs every server process in production mode with its secrets and namespace from the env file', () => {
    for (const name of ['migrate', ...named('api-'), ...named('grader-')]) {
      const env = services()[name].environment;
      expect(env.NODE_ENV).toBe('production');
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/sankofa:[^@]+@postgres:5432\/sankofa$/);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.SANKOFA_NAMESPACE).toBe('prod');
      expect(env.JWT_SECRET).toBe('CHANGE-ME');
    }
  });

  it('refuses to start without the secrets', () => {
    const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-compose-')), 'empty.env');
    fs.writeFileSync(empty, '');
    try {
      const result = composeConfig(empty);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/set (POSTGRES_PASSWORD|JWT_SECRET|SANKOFA_NAMESPACE) in docker\/\.env/);
    } finally {
      fs.rmSync(path.dirname(empty), { recursive: true, force: true });
    }
  });

  it('checks health: databases, APIs on /ready, and nginx', () => {
    for (const name of ['postgres', 'redis', 'web', ...named('api-')]) {
      expect(services()[name].healthcheck).toBeDefined();
    }
    for (const name of named('api-')) expect(services()[name].healthcheck.test.join(' ')).toContain('/ready');
    expect(services().web.depends_on).toEqual({ 'api-1': { condition: 'service_healthy' }, 'api-2': { condition: 'service_healthy' } });
  });

  it('puts nginx in front of exactly the API instances it runs', () => {
    const web = services().web;
    expect(web.build.dockerfile).toBe('docker/web.Dockerfile');
    const mount = web.volumes.find((v) => (typeof v === 'string' ? v : v.target).includes('/etc/nginx/sankofa/upstream.conf'));
    expect(mount).toBeDefined();
    const upstream = fs.readFileSync(path.join(DOCKER, 'nginx/upstream.compose.conf'), 'utf8');
    const servers = [...upstream.matchAll(/^\s*server\s+([\w-]+):3000/gm)].map((m) => m[1]);
    expect(servers).toEqual(named('api-'));
    expect(Object.keys(services()).filter((n) => services()[n].ports)).toEqual(['web']);
  });

  it('lets graders run bubblewrap without giving them capabilities', () => {
    for (const name of named('grader-')) {
      const grader = services()[name];
      expect(grader.cap_drop).toEqual(['ALL']);
      expect(grader.security_opt).toEqual(expect.arrayContaining(['no-new-privileges:true', expect.stringMatching(/^seccomp[=:]\.\/grader-seccomp\.json$/)]));
      expect(grader.pids_limit).toBeGreaterThan(0);
      expect(grader.read_only).toBe(true);
    }
  });
});

describe('docker/grader-seccomp.json', () => {
  const profile = JSON.parse(fs.readFileSync(path.join(DOCKER, 'grader-seccomp.json'), 'utf8'));
  const denied = profile.syscalls.filter((s) => s.action === 'SCMP_ACT_ERRNO').flatMap((s) => s.names);

  it('allows the namespace and mount syscalls bubblewrap needs', () => {
    expect(profile.defaultAction).toBe('SCMP_ACT_ALLOW');
    for (const syscall of ['clone', 'clone3', 'unshare', 'setns', 'mount', 'umount2', 'pivot_root', 'chroot']) {
      expect(denied).not.toContain(syscall);
    }
  });

  it('denies the kernel interfaces a grader never needs', () => {
    expect(denied).toEqual(expect.arrayContaining(['keyctl', 'add_key', 'bpf', 'perf_event_open', 'userfaultfd', 'io_uring_setup', 'ptrace', 'kexec_load', 'init_module', 'open_by_handle_at']));
    for (const rule of profile.syscalls) expect(rule.errnoRet).toBe(1);
  });
});

describe('Dockerfiles', () => {
  const files = ['api.Dockerfile', 'grader.Dockerfile', 'web.Dockerfile'];

  it.each(files)('%s installs with npm ci in a build stage and runs as a non-root user', (file) => {
    const all = stages(file);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const build = all.find((s) => s.name === 'build');
    expect(build.lines.some((l) => /^RUN .*npm ci\b/.test(l))).toBe(true);
    const final = all.at(-1);
    expect(final.name).toBe('runtime');
    expect(final.lines.some((l) => /npm (ci|install)\b/.test(l))).toBe(false);
    const users = final.lines.filter((l) => /^USER\s/.test(l)).map((l) => l.split(/\s+/)[1].split(':')[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0']).not.toContain(users.at(-1));
  });

  it.each(['api.Dockerfile', 'grader.Dockerfile'])('%s copies only runtime files into its final stage', (file) => {
    const copies = stages(file)
      .at(-1)
      .lines.filter((l) => l.startsWith('COPY'));
    expect(copies.every((l) => l.includes('--from=build'))).toBe(true);
    expect(copies.some((l) => /\s\/app\/?\s/.test(l))).toBe(false); // never the whole build folder
    expect(copies.join('\n')).toContain('/app/dist/server');
    expect(copies.join('\n')).not.toMatch(/\/app\/(apps|libs)\b/);
  });

  it('gives the grader bubblewrap and Debian’s Python libraries', () => {
    const runtime = stages('grader.Dockerfile').at(-1);
    const install = runtime.lines.find((l) => l.includes('apt-get install'));
    for (const pkg of ['bubblewrap', 'python3-numpy', 'python3-pandas', 'python3-sklearn']) expect(install).toContain(pkg);
    expect(runtime.from).toBe('${NODE_IMAGE}');
    expect(fs.readFileSync(path.join(DOCKER, 'grader.Dockerfile'), 'utf8')).toMatch(/^ARG NODE_IMAGE=node:20\.[\d.]+-bookworm-slim$/m);
  });

  it('serves the web app with nginx on an unprivileged port', () => {
    const runtime = stages('web.Dockerfile').at(-1);
    expect(runtime.from).toBe('${NGINX_IMAGE}');
    expect(fs.readFileSync(path.join(DOCKER, 'web.Dockerfile'), 'utf8')).toMatch(/^ARG NGINX_IMAGE=nginx:\S+$/m);
    expect(runtime.lines).toContain('EXPOSE 8080');
    expect(runtime.lines.some((l) => l.startsWith('COPY --from=build /app/dist/web'))).toBe(true);
  });
});

describe('docker/.env.example', () => {
  const env = Object.fromEntries(
    fs
      .readFileSync(path.join(DOCKER, '.env.example'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );

  it('holds placeholders the API refuses, so they cannot reach production unchanged', () => {
    expect(env.JWT_SECRET.length).toBeLessThan(32);
    expect(env.POSTGRES_PASSWORD).toBe('CHANGE-ME');
    expect(env.SANKOFA_NAMESPACE).toMatch(/^[a-z0-9][a-z0-9-]{0,40}$/);
  });
});
