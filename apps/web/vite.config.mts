/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsSize } from './build/initial-js-size.mts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Only the shared domain lib is reachable from the browser; server libs are not aliased here
// (and the lint boundary rule forbids importing them).
const alias = { '@sankofa/domain': here('../../libs/domain/src/index.ts') };

// The API the dev server and preview forward GraphQL (HTTP and graphql-ws) to; the refresh
// cookie is scoped to that one path.
const apiProxy = { '/graphql': { target: process.env['SANKOFA_API_ORIGIN'] ?? 'http://127.0.0.1:3000', ws: true } };

// A ceiling that fails the build on regressions. Measured floor: React 19 alone is ~68 kB gzip,
// i18next + react-i18next ~18 kB, @urql/core with its parser ~9 kB.
const INITIAL_JS_BUDGET_KB = 110;

export default defineConfig({
  root: here('.'),
  cacheDir: here('../../node_modules/.vite/web'),
  resolve: { alias },
  plugins: [react(), initialJsSize({ budgetKb: INITIAL_JS_BUDGET_KB })],
  server: {
    host: '127.0.0.1',
    port: 4200,
    strictPort: true,
    proxy: apiProxy,
  },
  preview: { host: '127.0.0.1', port: 4300, strictPort: true, proxy: apiProxy },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // Learners use old, never-updated Android browsers: keep syntax they can parse.
    target: ['es2020', 'chrome87', 'edge88', 'firefox78', 'safari14'],
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across
        // deploys, so returning learners re-download only the app code. `vendor` holds only what
        // the first page needs; the code editor (CodeMirror, ~120 kB gzip) is its own chunk,
        // downloaded when a Python exercise opens.
        codeSplitting: {
          groups: [
            { name: 'code-editor', test: /[\\/]node_modules[\\/](@codemirror|@lezer|crelt|style-mod|w3c-keyname)[\\/]/, priority: 1 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}', 'build/**/*.spec.mts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Two cores shared by several developers: keep the worker count modest, and give a page
    // test time to load its lazy chunks when the machine is busy.
    maxWorkers: 2,
    testTimeout: 15_000,
    watch: false,
  },
});
