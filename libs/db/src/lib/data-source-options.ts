import type { DatabaseSettings } from '@sankofa/config';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { CourseFileEntity } from './entities/course-file.entity';
import { CourseOwnerEntity } from './entities/course-owner.entity';
import { CourseVersionEntity } from './entities/course-version.entity';
import { CourseEntity } from './entities/course.entity';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { ExerciseEntity } from './entities/exercise.entity';
import { LessonCompletionEntity } from './entities/lesson-completion.entity';
import { GradingRunEntity } from './entities/grading-run.entity';
import { ScoreOverrideEntity } from './entities/score-override.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { LessonEntity } from './entities/lesson.entity';
import { SessionEntity } from './entities/session.entity';
import { TrackCourseEntity } from './entities/track-course.entity';
import { TrackEntity } from './entities/track.entity';
import { UserEntity } from './entities/user.entity';
import { ModelLicenceEntity } from './entities/model-licence.entity';
import { OpenModelEntity } from './entities/open-model.entity';
import { OpenModelLanguageEntity } from './entities/open-model-language.entity';
import { OpenModelTaskEntity } from './entities/open-model-task.entity';
import { OpenModelChangeEntity } from './entities/open-model-change.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  TrackEntity,
  TrackCourseEntity,
  CourseEntity,
  CourseOwnerEntity,
  CourseVersionEntity,
  LessonEntity,
  ExerciseEntity,
  CourseFileEntity,
  EnrollmentEntity,
  LessonCompletionEntity,
  SubmissionEntity,
  GradingRunEntity,
  ScoreOverrideEntity,
  ModelLicenceEntity,
  OpenModelEntity,
  OpenModelLanguageEntity,
  OpenModelTaskEntity,
  OpenModelChangeEntity,
];

/**
 * One DataSource configuration for both databases. Schema changes only ever come from the
 * migrations (`synchronize` is off everywhere), and the same migrations run on both.
 */
export function dataSourceOptions(db: DatabaseSettings): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;
  if (db.kind === 'postgres') {
    return { ...common, type: 'postgres', url: db.url, uuidExtension: 'pgcrypto', extra: { max: 10 } };
  }
  if (db.path !== ':memory:') fs.mkdirSync(path.dirname(db.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.path,
    // The API and the grader write the same file: WAL lets readers and one writer overlap,
    // and the busy timeout makes the second writer wait instead of failing.
    enableWAL: true,
    timeout: 10000,
  };
}
