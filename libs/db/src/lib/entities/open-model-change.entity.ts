import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OpenModelEntity } from './open-model.entity';
import { UserEntity } from './user.entity';

export type OpenModelChangeAction = 'created' | 'updated' | 'imported';

/** One field of a change: values as JSON text (null when absent). */
export interface OpenModelFieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** The audit trail of the catalog: who changed which model, when, and which fields. */
@Entity({ name: 'open_model_changes' })
@Index('uq_open_model_changes_model_number', ['modelId', 'number'], { unique: true })
export class OpenModelChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'model_id', type: 'uuid' })
  modelId!: string;

  @ManyToOne(() => OpenModelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'model_id' })
  model?: OpenModelEntity;

  /** 1, 2, 3… per model: the order of changes (SQLite keeps timestamps to the second only). */
  @Column({ type: 'int' })
  number!: number;

  /** Null for the CLI and the first-start seed. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @CreateDateColumn({ name: 'at' })
  at!: Date;

  @Column({ type: 'varchar', length: 20 })
  action!: OpenModelChangeAction;

  @Column({ type: 'simple-json' })
  changes!: OpenModelFieldChange[];
}
