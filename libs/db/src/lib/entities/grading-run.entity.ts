import { SubmissionStatus } from '@sankofa/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ExerciseEntity } from './exercise.entity';
import { SubmissionEntity } from './submission.entity';
import { UserEntity } from './user.entity';

/** One case of a Python exercise as the learner sees it. */
export interface CaseResultRecord {
  name: string;
  passed: boolean;
  message: string;
  stdout: string;
  durationMs: number;
}

/** One quiz question's outcome. */
export interface QuestionResultRecord {
  questionId: string;
  score: number;
  points: number;
  correct: boolean;
  feedback: string | null;
}

/** A problem of a predictions file, by row and column where it has them. */
export interface SubmissionProblemRecord {
  row: number | null;
  column: string | null;
  message: string;
}

/**
 * The stored outcome of a grading run: everything a learner may see, and nothing hidden (no
 * expected values beyond what a failing case's message shows, no labels).
 */
export interface GradingResultRecord {
  /** One line in plain words, e.g. "Time limit: your code used more than 5 s of CPU time." */
  message: string | null;
  /** Syntax and runtime errors: the learner's own traceback lines. */
  errorDetail: string | null;
  cases: CaseResultRecord[];
  questions: QuestionResultRecord[];
  problems: SubmissionProblemRecord[];
  metric: string | null;
  publicScore: number | null;
  /** Stored from the start; shown only after the exercise's deadline. */
  privateScore: number | null;
}

/**
 * One grading of a submission (the first, a regrade, a retry after a grader fault). Numbered
 * per submission; its result is written once, by a conditional update on `finished_at`.
 */
@Entity({ name: 'grading_runs' })
@Index('uq_grading_runs_submission_run', ['submissionId', 'runNumber'], { unique: true })
@Index('idx_grading_runs_status_priority', ['status', 'priority', 'createdAt'])
export class GradingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ name: 'run_number', type: 'int' })
  runNumber!: number;

  /**
   * The exercise version this run grades against: the one the submission answered, or for a
   * regrade the version published when it was asked for (after a fix to the tests, say).
   */
  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId!: string;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ExerciseEntity;

  @Column({ type: 'simple-enum', enum: SubmissionStatus, enumName: 'submission_status', default: SubmissionStatus.QUEUED })
  status!: SubmissionStatus;

  /** BullMQ priority of the run's job: 0 for learners' submissions, higher (later) for bulk regrades. */
  @Column({ type: 'int', default: 0 })
  priority!: number;

  /** Why the run exists: "submitted", or the regrade's reason. */
  @Column({ type: 'varchar', length: 300 })
  reason!: string;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: UserEntity | null;

  @Column({ type: 'real', nullable: true })
  score!: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;

  @Column({ type: 'simple-json', nullable: true })
  result!: GradingResultRecord | null;

  /** Wall time of the grading itself (sandbox start-up included), in whole milliseconds. */
  @Column({ name: 'duration_ms', type: 'int', nullable: true })
  durationMs!: number | null;

  /** How many times a grader took the run (retries after grader faults or a crash). */
  @Column({ name: 'grader_attempts', type: 'int', default: 0 })
  graderAttempts!: number;

  /** The last grader fault, for operators (never shown to learners as their fault). */
  @Column({ name: 'fault_message', type: 'text', nullable: true })
  faultMessage!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: Date, nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: Date, nullable: true })
  finishedAt!: Date | null;
}
