// Maps the `@sankofa/*` aliases of tsconfig.base.json for Jest (sources) and for the compiled
// server apps (dist/server), so there is one list of aliases in the repository.
const fs = require('node:fs');
const path = require('node:path');

function readAliases(root) {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
  return tsconfig.compilerOptions.paths;
}

function pathsToModuleNameMapper(root) {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(readAliases(root))) {
    mapper[`^${alias.replace(/[/.]/g, '\\$&')}$`] = path.join(root, target);
  }
  return mapper;
}

module.exports = { readAliases, pathsToModuleNameMapper };
