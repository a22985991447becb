export * from './lib/grading-contract';
export * from './lib/redis-namespace';
export * from './lib/submission-events';
