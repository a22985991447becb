import { SubmissionStatus } from '@sankofa/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CourseEntity } from './course.entity';
import { ExerciseEntity } from './exercise.entity';
import { UserEntity } from './user.entity';

/**
 * What a learner submitted for an exercise, pinned to the exercise version it answers. Stored
 * before anything is queued, so nothing submitted is lost; graded by one or more grading runs.
 * `status`, `score` and `passed` mirror the latest run (and a score override) for listing.
 */
@Entity({ name: 'submissions' })
@Index('uq_submissions_user_idempotency_key', ['userId', 'idempotencyKey'], { unique: true })
@Index('idx_submissions_user_course_exercise', ['userId', 'courseId', 'exerciseSlug'])
@Index('idx_submissions_course_exercise', ['courseId', 'exerciseSlug'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: CourseEntity;

  /** The exercise row of the course version that was published when the learner submitted. */
  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId!: string;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ExerciseEntity;

  /** Stable across versions: attempts and leaderboards are counted by it. */
  @Column({ name: 'exercise_slug', type: 'varchar', length: 64 })
  exerciseSlug!: string;

  /** Client-generated: a retried or offline-queued submit with the same key is stored once. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey!: string;

  /** Python source, quiz answers as JSON, or the predictions CSV, as submitted. */
  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'content_bytes', type: 'int' })
  contentBytes!: number;

  /** 1 for the learner's first submission of this exercise; grader faults do not use one up. */
  @Column({ name: 'attempt_number', type: 'int' })
  attemptNumber!: number;

  @Index('idx_submissions_status')
  @Column({ type: 'simple-enum', enum: SubmissionStatus, enumName: 'submission_status', default: SubmissionStatus.QUEUED })
  status!: SubmissionStatus;

  @Column({ name: 'latest_run_number', type: 'int', default: 1 })
  latestRunNumber!: number;

  /** The latest completed run's score, or the override's; null until graded. */
  @Column({ type: 'real', nullable: true })
  score!: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
