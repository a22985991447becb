export * from './lib/test-settings';
