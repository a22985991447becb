import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The catalog's folders inside the repository root. */
export const CATALOG_DIRS = { models: 'catalog/models', licences: 'catalog/licences', languages: 'catalog/languages' } as const;

/**
 * The repository folder that holds `catalog/`: `SANKOFA_CATALOG_ROOT` when set, else the first
 * folder above this file that has `catalog/languages` (the source tree and the built server in
 * dist/ both sit below it).
 */
export function findCatalogRoot(start: string = __dirname): string {
  const configured = process.env.SANKOFA_CATALOG_ROOT;
  if (configured) return path.resolve(configured);
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, CATALOG_DIRS.languages))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no ${CATALOG_DIRS.languages} folder above ${start}; set SANKOFA_CATALOG_ROOT to the folder that holds catalog/`);
  }
}
