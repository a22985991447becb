import { CourseLevel, CourseStatus, ExerciseKind } from '@sankofa/domain';
import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

const cascadeTo = (table: string, column: string, onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** Tracks, courses with their versions (draft and published), lessons, exercises, files, enrollments and progress. */
export class CreateCurricula1795100000000 implements MigrationInterface {
  name = 'CreateCurricula1795100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnTypes(queryRunner);
    const index = (table: string, name: string, columnNames: string[], isUnique = false) => queryRunner.createIndex(table, new TableIndex({ name, columnNames, isUnique }));

    await queryRunner.createTable(
      new Table({
        name: 'tracks',
        columns: [c.uuidPrimary(), c.varchar('slug', 64, { isUnique: true }), c.varchar('title', 120), c.text('summary'), c.varchar('language', 35), c.createdAt(), c.updatedAt()],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'courses',
        columns: [
          c.uuidPrimary(),
          c.varchar('slug', 64, { isUnique: true }),
          c.simpleEnum('status', Object.values(CourseStatus), 'course_status', CourseStatus.DRAFT),
          c.uuid('published_version_id', { isNullable: true }),
          c.int('latest_version_number', { defaultValue: 0 }),
          c.uuid('translation_of_id', { isNullable: true }),
          c.createdAt(),
          c.updatedAt(),
        ],
      }),
    );
    await index('courses', 'idx_courses_status', ['status']);
    await index('courses', 'idx_courses_translation_of_id', ['translation_of_id']);
    await queryRunner.createForeignKey('courses', cascadeTo('courses', 'translation_of_id', 'SET NULL'));

    await queryRunner.createTable(
      new Table({
        name: 'track_courses',
        columns: [c.uuidPrimary(), c.uuid('track_id'), c.uuid('course_id'), c.int('position')],
      }),
    );
    await index('track_courses', 'uq_track_courses_track_course', ['track_id', 'course_id'], true);
    await index('track_courses', 'idx_track_courses_course_id', ['course_id']);
    await queryRunner.createForeignKeys('track_courses', [cascadeTo('tracks', 'track_id'), cascadeTo('courses', 'course_id')]);

    await queryRunner.createTable(
      new Table({
        name: 'course_owners',
        columns: [c.uuid('course_id', { isPrimary: true }), c.uuid('user_id', { isPrimary: true })],
      }),
    );
    await index('course_owners', 'idx_course_owners_user_id', ['user_id']);
    await queryRunner.createForeignKeys('course_owners', [cascadeTo('courses', 'course_id'), cascadeTo('users', 'user_id')]);

    await queryRunner.createTable(
      new Table({
        name: 'course_versions',
        columns: [
          c.uuidPrimary(),
          c.uuid('course_id'),
          c.int('number', { isNullable: true }),
          c.varchar('changelog', 500, { isNullable: true }),
          c.timestamp('published_at', { isNullable: true }),
          c.uuid('published_by_id', { isNullable: true }),
          c.varchar('title', 120),
          c.text('summary'),
          c.varchar('language', 35),
          c.simpleEnum('level', Object.values(CourseLevel), 'course_level'),
          c.real('estimated_hours'),
          c.json('tags'),
          c.varchar('licence', 64),
          c.json('instructors', { isNullable: true }),
          c.varchar('translation_of_slug', 64, { isNullable: true }),
          c.json('translation', { isNullable: true }),
          c.json('modules'),
          c.createdAt(),
          c.updatedAt(),
        ],
      }),
    );
    await index('course_versions', 'uq_course_versions_course_number', ['course_id', 'number'], true);
    await index('course_versions', 'idx_course_versions_language', ['language']);
    await queryRunner.createForeignKey('course_versions', cascadeTo('courses', 'course_id'));

    await queryRunner.createTable(
      new Table({
        name: 'lessons',
        columns: [
          c.uuidPrimary(),
          c.uuid('version_id'),
          c.varchar('slug', 64),
          c.varchar('title', 120),
          c.int('minutes'),
          c.json('front_matter'),
          c.text('body_markdown'),
          c.text('body_html'),
        ],
      }),
    );
    await index('lessons', 'uq_lessons_version_slug', ['version_id', 'slug'], true);
    await queryRunner.createForeignKey('lessons', cascadeTo('course_versions', 'version_id'));

    await queryRunner.createTable(
      new Table({
        name: 'exercises',
        columns: [
          c.uuidPrimary(),
          c.uuid('version_id'),
          c.varchar('slug', 64),
          c.simpleEnum('kind', Object.values(ExerciseKind), 'exercise_kind'),
          c.varchar('title', 120),
          c.text('prompt_markdown'),
          c.text('prompt_html'),
          c.real('pass_score'),
          c.json('public_spec'),
          c.json('hidden_spec'),
        ],
      }),
    );
    await index('exercises', 'uq_exercises_version_slug', ['version_id', 'slug'], true);
    await queryRunner.createForeignKey('exercises', cascadeTo('course_versions', 'version_id'));

    await queryRunner.createTable(
      new Table({
        name: 'course_files',
        columns: [
          c.uuidPrimary(),
          c.uuid('version_id'),
          c.varchar('path', 255),
          c.varchar('sha256', 64),
          c.int('size'),
          c.boolean('hidden', false),
          c.varchar('encoding', 10),
          c.text('content'),
        ],
      }),
    );
    await index('course_files', 'uq_course_files_version_path', ['version_id', 'path'], true);
    await index('course_files', 'idx_course_files_sha256', ['sha256']);
    await queryRunner.createForeignKey('course_files', cascadeTo('course_versions', 'version_id'));

    await queryRunner.createTable(
      new Table({
        name: 'enrollments',
        columns: [c.uuidPrimary(), c.uuid('user_id'), c.uuid('course_id'), c.createdAt()],
      }),
    );
    await index('enrollments', 'uq_enrollments_user_course', ['user_id', 'course_id'], true);
    await index('enrollments', 'idx_enrollments_course_id', ['course_id']);
    await queryRunner.createForeignKeys('enrollments', [cascadeTo('users', 'user_id'), cascadeTo('courses', 'course_id')]);

    await queryRunner.createTable(
      new Table({
        name: 'lesson_completions',
        columns: [c.uuidPrimary(), c.uuid('user_id'), c.uuid('course_id'), c.varchar('lesson_slug', 64), c.createdAt('completed_at')],
      }),
    );
    await index('lesson_completions', 'uq_lesson_completions_user_course_lesson', ['user_id', 'course_id', 'lesson_slug'], true);
    await index('lesson_completions', 'idx_lesson_completions_course_id', ['course_id']);
    await queryRunner.createForeignKeys('lesson_completions', [cascadeTo('users', 'user_id'), cascadeTo('courses', 'course_id')]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['lesson_completions', 'enrollments', 'course_files', 'exercises', 'lessons', 'course_versions', 'course_owners', 'track_courses', 'courses', 'tracks']) {
      await queryRunner.dropTable(table, true, true, true);
    }
    if (queryRunner.connection.driver.options.type === 'postgres') {
      for (const type of ['course_status', 'course_level', 'exercise_kind']) await queryRunner.query(`DROP TYPE IF EXISTS "${type}"`);
    }
  }
}
