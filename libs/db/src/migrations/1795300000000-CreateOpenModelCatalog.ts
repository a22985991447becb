import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

const COMMERCIAL_USE = ['yes', 'no', 'conditional'];

/** The open-model catalog: licences, models with their languages and tasks, and the audit of changes. */
export class CreateOpenModelCatalog1795300000000 implements MigrationInterface {
  name = 'CreateOpenModelCatalog1795300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnTypes(queryRunner);
    const index = (table: string, name: string, columnNames: string[], isUnique = false) => queryRunner.createIndex(table, new TableIndex({ name, columnNames, isUnique }));
    // Byte figures and parameter counts exceed 2^31 and need more than float4's precision.
    const double = (name: string): TableColumnOptions => ({ name, type: 'double precision', isNullable: true });

    await queryRunner.createTable(
      new Table({
        name: 'model_licences',
        columns: [
          c.varchar('id', 100, { isPrimary: true }),
          c.varchar('name', 200),
          c.varchar('spdx', 100, { isNullable: true }),
          c.varchar('url', 500),
          c.simpleEnum('commercial_use', COMMERCIAL_USE, 'model_commercial_use'),
          c.text('condition', { isNullable: true }),
          c.text('summary'),
          c.json('document'),
          c.createdAt(),
          c.updatedAt(),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'open_models',
        columns: [
          c.uuidPrimary(),
          c.varchar('slug', 64, { isUnique: true }),
          c.varchar('name', 200),
          c.varchar('name_key', 200),
          c.varchar('organization', 120),
          c.varchar('family', 120, { isNullable: true }),
          c.text('description', { isNullable: true }),
          c.varchar('released', 7, { isNullable: true }),
          double('parameter_count'),
          double('active_parameter_count'),
          c.varchar('modality', 20),
          c.varchar('memory_profile', 20),
          c.int('context_length', { isNullable: true }),
          c.varchar('licence_id', 100),
          // The type exists already (model_licences.commercial_use): PostgreSQL reuses it by name.
          c.simpleEnum('commercial_use', COMMERCIAL_USE, 'model_commercial_use'),
          c.boolean('covers_african_language', false),
          c.text('search_text'),
          double('q4_weights_bytes'),
          double('q8_weights_bytes'),
          double('f16_weights_bytes'),
          double('weights_only_bytes'),
          double('kv_full_bytes_per_token'),
          double('kv_swa_bytes_per_token'),
          c.int('swa_cells', { isNullable: true }),
          double('overhead_bytes'),
          c.json('document'),
          c.createdAt(),
          c.updatedAt(),
          c.uuid('created_by_id', { isNullable: true }),
          c.uuid('updated_by_id', { isNullable: true }),
        ],
      }),
    );
    await index('open_models', 'idx_open_models_name_key_slug', ['name_key', 'slug']);
    await index('open_models', 'idx_open_models_organization', ['organization']);
    await index('open_models', 'idx_open_models_released', ['released']);
    await index('open_models', 'idx_open_models_parameter_count', ['parameter_count']);
    await index('open_models', 'idx_open_models_modality', ['modality']);
    await index('open_models', 'idx_open_models_licence_id', ['licence_id']);
    await index('open_models', 'idx_open_models_commercial_use', ['commercial_use']);
    await index('open_models', 'idx_open_models_covers_african_language', ['covers_african_language']);
    if (queryRunner.connection.driver.options.type === 'postgres') await createTrigramIndex(queryRunner);
    await queryRunner.createForeignKey('open_models', new TableForeignKey({ columnNames: ['licence_id'], referencedTableName: 'model_licences', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }));

    const modelForeignKey = () => new TableForeignKey({ columnNames: ['model_id'], referencedTableName: 'open_models', referencedColumnNames: ['id'], onDelete: 'CASCADE' });
    await queryRunner.createTable(new Table({ name: 'open_model_languages', columns: [c.uuid('model_id', { isPrimary: true }), c.varchar('code', 3, { isPrimary: true })] }));
    await index('open_model_languages', 'idx_open_model_languages_code', ['code']);
    await queryRunner.createForeignKey('open_model_languages', modelForeignKey());

    await queryRunner.createTable(new Table({ name: 'open_model_tasks', columns: [c.uuid('model_id', { isPrimary: true }), c.varchar('task', 40, { isPrimary: true })] }));
    await index('open_model_tasks', 'idx_open_model_tasks_task', ['task']);
    await queryRunner.createForeignKey('open_model_tasks', modelForeignKey());

    await queryRunner.createTable(
      new Table({
        name: 'open_model_changes',
        columns: [c.uuidPrimary(), c.uuid('model_id'), c.int('number'), c.uuid('user_id', { isNullable: true }), c.createdAt('at'), c.varchar('action', 20), c.json('changes')],
      }),
    );
    await index('open_model_changes', 'uq_open_model_changes_model_number', ['model_id', 'number'], true);
    await queryRunner.createForeignKeys('open_model_changes', [
      modelForeignKey(),
      new TableForeignKey({ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL' }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') await queryRunner.query('DROP INDEX IF EXISTS "idx_open_models_search_text_trgm"');
    for (const table of ['open_model_changes', 'open_model_tasks', 'open_model_languages', 'open_models', 'model_licences']) {
      await queryRunner.dropTable(table, true, true, true);
    }
    if (queryRunner.connection.driver.options.type === 'postgres') await queryRunner.query('DROP TYPE IF EXISTS "model_commercial_use"');
  }
}

/**
 * PostgreSQL: a trigram index for the `LIKE '%word%'` search, when pg_trgm is installed and this
 * user may enable it (it is a trusted extension: a database owner can). Without it, search scans.
 */
async function createTrigramIndex(queryRunner: QueryRunner): Promise<void> {
  const [row] = (await queryRunner.query(
    "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') AS available, EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS installed, has_database_privilege(current_database(), 'CREATE') AS may_create",
  )) as Array<{ available: boolean; installed: boolean; may_create: boolean }>;
  if (!row.installed && !(row.available && row.may_create)) return;
  if (!row.installed) await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await queryRunner.query('CREATE INDEX "idx_open_models_search_text_trgm" ON "open_models" USING gin ("search_text" gin_trgm_ops)');
}
