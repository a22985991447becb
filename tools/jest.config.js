// Tests of the repository's own tools: plain CommonJS, run as is (no transform).
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.js'],
  testPathIgnorePatterns: ['/node_modules/'],
  transform: {},
  // The service tests start real redis-server and PostgreSQL processes.
  testTimeout: 60000,
};
