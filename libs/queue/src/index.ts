export * from './lib/grading-contract';
export * from './lib/redis-namespace';
