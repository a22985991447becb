import { Role } from '@sankofa/domain';
import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

export class CreateAccounts1795000000000 implements MigrationInterface {
  name = 'CreateAccounts1795000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.uuidPrimary(),
          c.varchar('email', 254, { isUnique: true }),
          c.varchar('display_name', 80),
          c.varchar('password_hash', 255),
          c.simpleEnum('role', Object.values(Role), 'user_role', Role.LEARNER),
          c.varchar('locale', 35, { default: "'en'" }),
          c.createdAt(),
          c.updatedAt(),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          c.uuidPrimary(),
          c.uuid('user_id'),
          c.varchar('token_hash', 64, { isUnique: true }),
          c.uuid('family_id'),
          c.timestamp('expires_at'),
          c.timestamp('revoked_at', { isNullable: true }),
          c.createdAt(),
        ],
      }),
    );
    await queryRunner.createIndex('sessions', new TableIndex({ name: 'idx_sessions_user_id', columnNames: ['user_id'] }));
    await queryRunner.createIndex('sessions', new TableIndex({ name: 'idx_sessions_family_id', columnNames: ['family_id'] }));
    await queryRunner.createForeignKey(
      'sessions',
      new TableForeignKey({ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sessions', true, true, true);
    await queryRunner.dropTable('users', true, true, true);
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query('DROP TYPE IF EXISTS "user_role"');
    }
  }
}
