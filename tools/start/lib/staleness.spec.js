const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { checkFreshness, newestSource, writeStamp } = require('./staleness');

describe('build staleness', () => {
  let root;
  const at = (file, seconds) => {
    const p = path.join(root, file);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (!fs.existsSync(p)) fs.writeFileSync(p, file);
    const t = new Date(seconds * 1000);
    fs.utimesSync(p, t, t);
    return p;
  };
  const target = () => ({
    root,
    stampFile: path.join(root, 'dist/.stamps/server'),
    outputs: [path.join(root, 'dist/server/main.js')],
    sources: [path.join(root, 'apps/api/src'), path.join(root, 'tsconfig.base.json')],
  });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-staleness-'));
    at('apps/api/src/main.ts', 1000);
    at('apps/api/src/users/users.service.ts', 1100);
    at('tsconfig.base.json', 900);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is stale when never built (a fresh clone always builds)', () => {
    expect(checkFreshness(target())).toEqual({ stale: true, reason: 'not built yet' });
  });

  it('is stale when an output is missing even though the stamp is there', () => {
    at('dist/.stamps/server', 2000);
    expect(checkFreshness(target())).toEqual({ stale: true, reason: 'not built yet' });
  });

  it('is fresh when the build started after every source change', () => {
    at('dist/server/main.js', 2000);
    at('dist/.stamps/server', 2000);
    expect(checkFreshness(target())).toEqual({ stale: false });
  });

  it('is stale when a source changed after the build, naming the file', () => {
    at('dist/server/main.js', 2000);
    at('dist/.stamps/server', 2000);
    at('apps/api/src/users/users.service.ts', 2001);
    expect(checkFreshness(target())).toEqual({ stale: true, reason: path.join('apps/api/src/users/users.service.ts') + ' changed' });
  });

  it('watches single files as well as folders', () => {
    at('dist/server/main.js', 2000);
    at('dist/.stamps/server', 2000);
    at('tsconfig.base.json', 3000);
    expect(checkFreshness(target()).reason).toBe('tsconfig.base.json changed');
  });

  it('ignores tests, dependencies and build outputs inside source folders', () => {
    at('dist/server/main.js', 2000);
    at('dist/.stamps/server', 2000);
    at('apps/api/src/users/users.service.spec.ts', 3000);
    at('apps/api/src/users/users.int-spec.ts', 3000);
    at('apps/api/src/node_modules/x/index.js', 3000);
    at('apps/api/src/dist/out.js', 3000);
    expect(checkFreshness(target())).toEqual({ stale: false });
  });

  it('reports the newest source and tolerates missing paths', () => {
    const newest = newestSource([path.join(root, 'apps'), path.join(root, 'no-such-folder')]);
    expect(newest).toEqual({ file: path.join(root, 'apps/api/src/users/users.service.ts'), mtimeMs: 1100 * 1000 });
    expect(newestSource([path.join(root, 'no-such-folder')])).toBeNull();
  });

  it('stamps the build with its start time, so a file saved during the build triggers the next one', () => {
    at('dist/server/main.js', 5000);
    writeStamp(path.join(root, 'dist/.stamps/server'), 2000 * 1000);
    at('apps/api/src/main.ts', 2500); // saved while that build ran
    expect(checkFreshness(target())).toEqual({ stale: true, reason: path.join('apps/api/src/main.ts') + ' changed' });
  });
});
