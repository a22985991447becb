export * from './lib/roles';
export * from './lib/error-codes';
export * from './lib/account-rules';
export * from './lib/curriculum';
export * from './lib/submissions';
