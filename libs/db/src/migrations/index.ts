import { CreateAccounts1795000000000 } from './1795000000000-CreateAccounts';

/** Every migration, in order. Never edit a committed migration: add a new one. */
export const MIGRATIONS = [CreateAccounts1795000000000];
