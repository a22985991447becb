import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MIGRATIONS } from '../migrations';
import { dataSourceOptions, ENTITIES } from './data-source-options';

describe('dataSourceOptions', () => {
  it('never lets TypeORM change the schema: migrations only, on both databases', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-db-'));
    try {
      for (const options of [dataSourceOptions({ kind: 'postgres', url: 'postgres://db/sankofa' }), dataSourceOptions({ kind: 'sqlite', path: path.join(dir, 'x.sqlite') })]) {
        expect(options).toMatchObject({ synchronize: false, migrationsRun: false, entities: ENTITIES, migrations: MIGRATIONS });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs SQLite in WAL mode with a busy timeout (the API and the grader write one file) and creates its folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-db-'));
    try {
      const file = path.join(dir, 'nested', 'sankofa.sqlite');
      expect(dataSourceOptions({ kind: 'sqlite', path: file })).toMatchObject({ type: 'better-sqlite3', database: file, enableWAL: true, timeout: 10000 });
      expect(fs.existsSync(path.dirname(file))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives PostgreSQL UUID defaults without an extension install (pgcrypto)', () => {
    expect(dataSourceOptions({ kind: 'postgres', url: 'postgres://db/sankofa' })).toMatchObject({ type: 'postgres', url: 'postgres://db/sankofa', uuidExtension: 'pgcrypto' });
  });

  it('lists migrations in timestamp order, each named after its class', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => Number(a.match(/\d+$/)![0]) - Number(b.match(/\d+$/)![0])));
    for (const Migration of MIGRATIONS) expect(new Migration().name).toBe(Migration.name);
  });
});
