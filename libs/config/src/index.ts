export * from './lib/settings';
export * from './lib/config.module';
