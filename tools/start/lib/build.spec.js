const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildTargets, ensureBuilt, runCaptured } = require('./build');
const { StartError } = require('./errors');

function write(root, file, content = '') {
  const p = path.join(root, file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

describe('buildTargets', () => {
  let root;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-targets-'));
    write(
      root,
      'tsconfig.base.json',
      JSON.stringify({
        compilerOptions: {
          paths: {
            '@sankofa/domain': ['libs/domain/src/index.ts'],
            '@sankofa/db': ['libs/db/src/index.ts'],
            '@sankofa/ui': ['libs/ui/src/index.ts'],
          },
        },
      }),
    );
    write(root, 'libs/domain/project.json', JSON.stringify({ tags: ['scope:shared', 'type:domain'] }));
    write(root, 'libs/db/project.json', JSON.stringify({ tags: ['scope:server', 'type:data-access'] }));
    write(root, 'libs/ui/project.json', JSON.stringify({ tags: ['scope:web', 'type:ui'] }));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds the server from both apps and every aliased lib', () => {
    const { server } = buildTargets(root);
    const rel = server.sources.map((s) => path.relative(root, s));
    expect(rel).toEqual(expect.arrayContaining(['apps/api/src', 'apps/grader/src', 'libs/domain/src', 'libs/db/src', 'libs/ui/src', '.swcrc']));
    expect(server.outputs.map((o) => path.relative(root, o))).toEqual([
      'dist/server/apps/api/src/main.js',
      'dist/server/apps/api/src/cli.js',
      'dist/server/apps/grader/src/main.js',
    ]);
    const [command, args] = server.command();
    expect(command).toBe(process.execPath);
    expect(args).toEqual([path.join(root, 'tools/build/server.js')]);
  });

  it('builds the web app from apps/web and only the libs the web may import', () => {
    const { web } = buildTargets(root);
    const rel = web.sources.map((s) => path.relative(root, s));
    expect(rel).toEqual(expect.arrayContaining(['apps/web', 'libs/domain/src', 'libs/ui/src', 'package-lock.json']));
    expect(rel).not.toContain('libs/db/src');
    expect(web.outputs.map((o) => path.relative(root, o))).toEqual(['dist/web/index.html']);
    const [, args] = web.command();
    expect(args.slice(-2)).toEqual(['run', 'web:build']);
    expect(fs.existsSync(args[0])).toBe(true); // the nx binary of node_modules
  });
});

describe('ensureBuilt', () => {
  let root;
  let target;
  let lines;
  const log = (line) => lines.push(line);

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-build-'));
    lines = [];
    write(root, 'src/app.ts', 'x');
    const old = new Date(1_000_000);
    fs.utimesSync(path.join(root, 'src/app.ts'), old, old);
    target = {
      label: 'the server',
      stampFile: path.join(root, 'dist/.stamps/server'),
      outputs: [path.join(root, 'dist/out.js')],
      sources: [path.join(root, 'src')],
      command: () => ['builder', ['--all']],
    };
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const succeeding = (calls) => async (command, args, opts) => {
    calls.push({ command, args, opts });
    write(root, 'dist/out.js', 'built');
    return { code: 0, signal: null, output: 'lots of build chatter\n' };
  };

  it('builds a stale target, keeps its output quiet and stamps it', async () => {
    const calls = [];
    const result = await ensureBuilt(target, { root, env: { A: '1' }, log, run: succeeding(calls) });
    expect(result.built).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ command: 'builder', args: ['--all'], opts: { cwd: root } });
    // Nx must not start its daemon for a one-off build.
    expect(calls[0].opts.env).toMatchObject({ A: '1', NX_DAEMON: 'false' });
    expect(lines[0]).toBe('Building the server (not built yet)…');
    expect(lines[1]).toMatch(/^Built the server in \d+\.\d s$/);
    expect(fs.existsSync(target.stampFile)).toBe(true);
  });

  it('skips a target that is up to date', async () => {
    const calls = [];
    await ensureBuilt(target, { root, env: {}, log, run: succeeding(calls) });
    const result = await ensureBuilt(target, { root, env: {}, log, run: succeeding(calls) });
    expect(result).toEqual({ built: false, ms: 0 });
    expect(calls).toHaveLength(1);
    expect(lines.at(-1)).toBe('Building the server: up to date');
  });

  it('can stay silent about a target that is up to date', async () => {
    const calls = [];
    await ensureBuilt(target, { root, env: {}, log, run: succeeding(calls) });
    lines = [];
    await ensureBuilt(target, { root, env: {}, log, quietWhenFresh: true, run: succeeding(calls) });
    expect(lines).toEqual([]);
  });

  it('rebuilds an up-to-date target when forced', async () => {
    const calls = [];
    await ensureBuilt(target, { root, env: {}, log, run: succeeding(calls) });
    await ensureBuilt(target, { root, env: {}, log, force: true, run: succeeding(calls) });
    expect(calls).toHaveLength(2);
    expect(lines).toContain('Building the server (--rebuild)…');
  });

  it('forgets the previous build as soon as a new one starts', async () => {
    const calls = [];
    await ensureBuilt(target, { root, env: {}, log, run: succeeding(calls) });
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'src/app.ts'), later, later);
    let stampDuringBuild;
    const interrupted = async () => {
      stampDuringBuild = fs.existsSync(target.stampFile);
      throw new Error('interrupted');
    };
    await expect(ensureBuilt(target, { root, env: {}, log, run: interrupted })).rejects.toThrow('interrupted');
    expect(stampDuringBuild).toBe(false);
    expect(fs.existsSync(target.stampFile)).toBe(false);
  });

  it('shows the output of a failed build, leaves no stamp and throws one line', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const failing = async () => ({ code: 2, signal: null, output: 'src/app.ts:1:1 error: unexpected token' });
      await expect(ensureBuilt(target, { root, env: {}, log, run: failing })).rejects.toThrow(
        new StartError('Building the server failed (exit code 2); its output is above.'),
      );
      expect(stderr).toHaveBeenCalledWith('src/app.ts:1:1 error: unexpected token\n');
      expect(fs.existsSync(target.stampFile)).toBe(false);
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('runCaptured', () => {
  it('captures stdout and stderr together with the exit code', async () => {
    const result = await runCaptured(process.execPath, ['-e', 'console.log("out"); console.error("err"); process.exit(3)'], {
      cwd: os.tmpdir(),
      env: process.env,
    });
    expect(result.code).toBe(3);
    expect(result.output).toContain('out\n');
    expect(result.output).toContain('err\n');
  });
});
