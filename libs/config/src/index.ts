export * from './lib/settings';
export * from './lib/config.module';
export * from './lib/server-logger';
