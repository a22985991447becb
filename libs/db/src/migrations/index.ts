import { CreateAccounts1795000000000 } from './1795000000000-CreateAccounts';
import { CreateCurricula1795100000000 } from './1795100000000-CreateCurricula';
import { CreateSubmissions1795200000000 } from './1795200000000-CreateSubmissions';
import { CreateOpenModelCatalog1795300000000 } from './1795300000000-CreateOpenModelCatalog';

/** Every migration, in order. Never edit a committed migration: add a new one. */
export const MIGRATIONS = [CreateAccounts1795000000000, CreateCurricula1795100000000, CreateSubmissions1795200000000, CreateOpenModelCatalog1795300000000];
