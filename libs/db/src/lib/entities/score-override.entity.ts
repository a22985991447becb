import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SubmissionEntity } from './submission.entity';
import { UserEntity } from './user.entity';

/** An instructor's or admin's score for a submission, with the reason: an audit record, never edited. */
@Entity({ name: 'score_overrides' })
export class ScoreOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_score_overrides_submission_id')
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ type: 'real' })
  score!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'by_user_id', type: 'uuid', nullable: true })
  byUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_user_id' })
  byUser?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
