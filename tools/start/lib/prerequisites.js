// Checks what `npm start` needs from the machine and names the one command that installs
// whatever is missing.
const fs = require('node:fs');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { StartError } = require('./errors');

const PYTHON = '/usr/bin/python3';
// Debian's packages for the libraries learners' exercises import (module → package).
const PYTHON_LIBRARIES = [
  ['numpy', 'python3-numpy'],
  ['pandas', 'python3-pandas'],
  ['sklearn', 'python3-sklearn'],
];

/** Full path of an executable found on PATH, or null. */
function findExecutable(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return null;
}

/** Node and the installed dependencies: without them nothing else can run. */
function checkRuntime({ root, nodeVersion = process.versions.node }) {
  const [major, minor] = nodeVersion.split('.').map(Number);
  if (!((major === 20 && minor >= 19) || major >= 22)) {
    throw new StartError(`Node ${nodeVersion} is too old: Sankofa needs Node 20.19+ or 22+ (see package.json "engines").`);
  }
  if (!fs.existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
    throw new StartError('Dependencies are not installed: run npm install (or npm ci) first.');
  }
}

// Lists the libraries the interpreter cannot find, without importing them (scikit-learn alone
// takes about a second to import).
function missingPythonLibraries(python) {
  const modules = PYTHON_LIBRARIES.map(([m]) => m);
  const script = `import importlib.util\nprint(" ".join(m for m in ${JSON.stringify(modules)} if importlib.util.find_spec(m) is None))`;
  return new Promise((resolve) => {
    execFile(python, ['-c', script], { timeout: 10000 }, (err, stdout) => {
      resolve(err ? modules : stdout.trim().split(/\s+/).filter(Boolean));
    });
  });
}

/**
 * Python exercises run in bubblewrap with Debian's interpreter and libraries. Resolves with a
 * warning line when something is missing (Python exercises stay disabled; the rest works), or
 * null when all is there.
 */
async function checkPythonSandbox({
  platform = process.platform,
  env = process.env,
  exists = fs.existsSync,
  findExec = findExecutable,
  missingLibraries = missingPythonLibraries,
} = {}) {
  if (platform !== 'linux') {
    return 'Python exercises are disabled: their sandbox (bubblewrap) needs Linux.';
  }
  const packages = [];
  if (!findExec('bwrap', env)) packages.push('bubblewrap');
  const missing = exists(PYTHON) ? await missingLibraries(PYTHON) : PYTHON_LIBRARIES.map(([m]) => m);
  for (const [module, pkg] of PYTHON_LIBRARIES) if (missing.includes(module)) packages.push(pkg);
  if (packages.length === 0) return null;
  return `Python exercises are disabled until you run: sudo apt-get install -y ${packages.join(' ')}`;
}

module.exports = { findExecutable, checkRuntime, checkPythonSandbox };
