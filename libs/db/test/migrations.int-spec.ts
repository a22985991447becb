import type { DatabaseSettings } from '@sankofa/config';
import { DATABASE_KINDS, DatabaseKind } from '@sankofa/testing';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ENTITIES, MIGRATIONS } from '../src';

/** A database of its own for this suite, so the up/down/up cycle never disturbs other suites. */
async function freshDatabase(kind: DatabaseKind): Promise<{ settings: DatabaseSettings; drop: () => Promise<void> }> {
  const name = `migrations_${randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    return { settings: { kind: 'sqlite', path: path.join(process.env['SANKOFA_TEST_TMP']!, `${name}.sqlite`) }, drop: async () => undefined };
  }
  const serverUrl = process.env['SANKOFA_TEST_POSTGRES_URL']!;
  const admin = await new DataSource({ type: 'postgres', url: serverUrl }).initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    settings: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.destroy();
    },
  };
}

async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

describe.each(DATABASE_KINDS)('migrations on %s', (kind) => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabase(kind);
    drop = db.drop;
    dataSource = await new DataSource(dataSourceOptions(db.settings)).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await drop?.();
  });

  it('migrate up, down and up again; the entities and the migrations never disagree', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    expect(dataSource.entityMetadatas.map((e) => e.target)).toEqual(expect.arrayContaining(ENTITIES));

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const runner = dataSource.createQueryRunner();
    try {
      for (const entity of dataSource.entityMetadatas) expect(await runner.hasTable(entity.tableName)).toBe(false);
    } finally {
      await runner.release();
    }

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
