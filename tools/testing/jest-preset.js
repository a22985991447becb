// Shared Jest settings. SWC transpiles TypeScript with decorator metadata, which Nest DI and
// code-first GraphQL need; `@sankofa/*` aliases resolve to lib sources.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('./paths');

const root = path.resolve(__dirname, '../..');

function base(projectDir) {
  return {
    rootDir: projectDir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          swcrc: false,
          sourceMaps: 'inline',
          module: { type: 'commonjs' },
          jsc: {
            target: 'es2022',
            parser: { syntax: 'typescript', decorators: true, tsx: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            keepClassNames: true,
          },
        },
      ],
    },
    moduleNameMapper: pathsToModuleNameMapper(root),
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  };
}

module.exports = {
  /** Unit tests: `*.spec.ts` beside the code. */
  unit(projectDir) {
    return { ...base(projectDir), testMatch: ['<rootDir>/src/**/*.spec.ts'] };
  },
  /** Integration tests: `test/**\/*.int-spec.ts`, real PostgreSQL/SQLite and Redis. */
  integration(projectDir) {
    return {
      ...base(projectDir),
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: path.join(__dirname, 'global-setup.js'),
      globalTeardown: path.join(__dirname, 'global-teardown.js'),
      testTimeout: 60000,
      maxWorkers: 1,
    };
  },
};
