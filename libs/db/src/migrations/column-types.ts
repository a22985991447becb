import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Column helpers for migrations that run unchanged on SQLite and PostgreSQL: the active
 * driver translates types and defaults, so the entities and the migrations never drift.
 */
export function columnTypes(queryRunner: QueryRunner) {
  const d = queryRunner.connection.driver;
  return {
    uuidPrimary(name = 'id'): TableColumnOptions {
      return {
        name,
        type: d.normalizeType({ type: 'uuid' }),
        isPrimary: true,
        isGenerated: true,
        generationStrategy: 'uuid',
      };
    },
    uuid(name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
      return { name, type: d.normalizeType({ type: 'uuid' }), ...extra };
    },
    varchar(name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
      return { name, type: 'varchar', length: String(length), ...extra };
    },
    timestamp(name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
      return { name, type: d.normalizeType({ type: Date }), ...extra };
    },
    createdAt(name = 'created_at'): TableColumnOptions {
      return { name, type: d.mappedDataTypes.createDate as string, default: d.mappedDataTypes.createDateDefault };
    },
    updatedAt(name = 'updated_at'): TableColumnOptions {
      return { name, type: d.mappedDataTypes.updateDate as string, default: d.mappedDataTypes.updateDateDefault };
    },
    simpleEnum(name: string, values: string[], enumName: string, defaultValue?: string): TableColumnOptions {
      return {
        name,
        type: 'simple-enum',
        enum: values,
        enumName,
        ...(defaultValue === undefined ? {} : { default: d.normalizeDefault({ default: defaultValue, type: 'simple-enum' } as never) }),
      };
    },
    text(name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
      return { name, type: 'text', ...extra };
    },
    int(name: string, extra: Partial<TableColumnOptions> & { defaultValue?: number } = {}): TableColumnOptions {
      const { defaultValue, ...rest } = extra;
      return {
        name,
        type: d.normalizeType({ type: 'int' }),
        ...(defaultValue === undefined ? {} : { default: d.normalizeDefault({ default: defaultValue, type: 'int' } as never) }),
        ...rest,
      };
    },
    real(name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
      return { name, type: d.normalizeType({ type: 'real' }), ...extra };
    },
    boolean(name: string, defaultValue: boolean): TableColumnOptions {
      return { name, type: d.normalizeType({ type: 'boolean' }), default: d.normalizeDefault({ default: defaultValue, type: 'boolean' } as never) };
    },
    json(name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
      return { name, type: d.normalizeType({ type: 'simple-json' }), ...extra };
    },
  };
}
