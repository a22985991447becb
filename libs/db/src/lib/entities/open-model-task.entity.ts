import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OpenModelEntity } from './open-model.entity';

/** A task a catalog model is made for, for the task filter and facet. */
@Entity({ name: 'open_model_tasks' })
export class OpenModelTaskEntity {
  @PrimaryColumn({ name: 'model_id', type: 'uuid' })
  modelId!: string;

  @Index('idx_open_model_tasks_task')
  @PrimaryColumn({ type: 'varchar', length: 40 })
  task!: string;

  @ManyToOne(() => OpenModelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'model_id' })
  model?: OpenModelEntity;
}
