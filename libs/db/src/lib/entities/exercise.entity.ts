import { ExerciseKind } from '@sankofa/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseVersionEntity } from './course-version.entity';

/**
 * An exercise as published in one course version: the exact version a submission answers.
 * `publicSpec` may be shown to learners; `hiddenSpec` (answer keys, cases, checkers, labels,
 * reference solutions) never leaves the server.
 */
@Entity({ name: 'exercises' })
@Index('uq_exercises_version_slug', ['versionId', 'slug'], { unique: true })
export class ExerciseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: CourseVersionEntity;

  /** Stable across versions: progress is keyed by it. */
  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ type: 'simple-enum', enum: ExerciseKind, enumName: 'exercise_kind' })
  kind!: ExerciseKind;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ name: 'prompt_markdown', type: 'text' })
  promptMarkdown!: string;

  @Column({ name: 'prompt_html', type: 'text' })
  promptHtml!: string;

  @Column({ name: 'pass_score', type: 'real' })
  passScore!: number;

  @Column({ name: 'public_spec', type: 'simple-json' })
  publicSpec!: Record<string, unknown>;

  @Column({ name: 'hidden_spec', type: 'simple-json' })
  hiddenSpec!: Record<string, unknown>;
}
