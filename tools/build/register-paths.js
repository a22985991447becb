// Preloaded by the compiled server apps (`node -r tools/build/register-paths.js …`): resolves
// the `@sankofa/*` aliases of tsconfig.base.json to their compiled files under dist/server.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { readAliases } = require('../testing/paths');

const root = path.resolve(__dirname, '../..');
const paths = {};
for (const [alias, targets] of Object.entries(readAliases(root))) {
  paths[alias] = targets.map((t) => t.replace(/\.ts$/, '.js'));
}
tsconfigPaths.register({ baseUrl: path.join(root, 'dist/server'), paths, addMatchAll: false });
