export * from './lib/entities/user.entity';
export * from './lib/entities/session.entity';
export * from './lib/data-source-options';
export { MIGRATIONS } from './migrations';
export * from './lib/database.module';
