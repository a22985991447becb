import { SubmissionStatus } from '@sankofa/domain';
import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

const foreignKey = (table: string, column: string, onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** Submissions, their grading runs, score overrides, and the leaderboard opt-out. */
export class CreateSubmissions1795200000000 implements MigrationInterface {
  name = 'CreateSubmissions1795200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnTypes(queryRunner);
    const index = (table: string, name: string, columnNames: string[], isUnique = false) => queryRunner.createIndex(table, new TableIndex({ name, columnNames, isUnique }));
    const statuses = Object.values(SubmissionStatus);

    await queryRunner.addColumn('users', new TableColumn(c.boolean('show_on_leaderboards', true)));

    await queryRunner.createTable(
      new Table({
        name: 'submissions',
        columns: [
          c.uuidPrimary(),
          c.uuid('user_id'),
          c.uuid('course_id'),
          c.uuid('exercise_id'),
          c.varchar('exercise_slug', 64),
          c.varchar('idempotency_key', 64),
          c.text('content'),
          c.int('content_bytes'),
          c.int('attempt_number'),
          c.simpleEnum('status', statuses, 'submission_status', SubmissionStatus.QUEUED),
          c.int('latest_run_number', { defaultValue: 1 }),
          c.real('score', { isNullable: true }),
          { ...c.boolean('passed', false), default: undefined, isNullable: true },
          c.createdAt(),
          c.updatedAt(),
        ],
      }),
    );
    await index('submissions', 'uq_submissions_user_idempotency_key', ['user_id', 'idempotency_key'], true);
    await index('submissions', 'idx_submissions_user_course_exercise', ['user_id', 'course_id', 'exercise_slug']);
    await index('submissions', 'idx_submissions_course_exercise', ['course_id', 'exercise_slug']);
    await index('submissions', 'idx_submissions_status', ['status']);
    await queryRunner.createForeignKeys('submissions', [foreignKey('users', 'user_id'), foreignKey('courses', 'course_id'), foreignKey('exercises', 'exercise_id')]);

    await queryRunner.createTable(
      new Table({
        name: 'grading_runs',
        columns: [
          c.uuidPrimary(),
          c.uuid('submission_id'),
          c.int('run_number'),
          c.uuid('exercise_id'),
          // The type exists already (submissions.status): PostgreSQL reuses it by name.
          c.simpleEnum('status', statuses, 'submission_status', SubmissionStatus.QUEUED),
          c.int('priority', { defaultValue: 0 }),
          c.varchar('reason', 300),
          c.uuid('requested_by_id', { isNullable: true }),
          c.real('score', { isNullable: true }),
          { ...c.boolean('passed', false), default: undefined, isNullable: true },
          c.json('result', { isNullable: true }),
          c.int('duration_ms', { isNullable: true }),
          c.int('grader_attempts', { defaultValue: 0 }),
          c.text('fault_message', { isNullable: true }),
          c.createdAt(),
          c.timestamp('started_at', { isNullable: true }),
          c.timestamp('finished_at', { isNullable: true }),
        ],
      }),
    );
    await index('grading_runs', 'uq_grading_runs_submission_run', ['submission_id', 'run_number'], true);
    await index('grading_runs', 'idx_grading_runs_status_priority', ['status', 'priority', 'created_at']);
    await queryRunner.createForeignKeys('grading_runs', [foreignKey('submissions', 'submission_id'), foreignKey('exercises', 'exercise_id'), foreignKey('users', 'requested_by_id', 'SET NULL')]);

    await queryRunner.createTable(
      new Table({
        name: 'score_overrides',
        columns: [
          c.uuidPrimary(),
          c.uuid('submission_id'),
          c.real('score'),
          { ...c.boolean('passed', false), default: undefined },
          c.varchar('reason', 500),
          c.uuid('by_user_id', { isNullable: true }),
          c.createdAt(),
        ],
      }),
    );
    await index('score_overrides', 'idx_score_overrides_submission_id', ['submission_id']);
    await queryRunner.createForeignKeys('score_overrides', [foreignKey('submissions', 'submission_id'), foreignKey('users', 'by_user_id', 'SET NULL')]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['score_overrides', 'grading_runs', 'submissions']) await queryRunner.dropTable(table, true, true, true);
    if (queryRunner.connection.driver.options.type === 'postgres') await queryRunner.query('DROP TYPE IF EXISTS "submission_status"');
    await queryRunner.dropColumn('users', 'show_on_leaderboards');
  }
}
