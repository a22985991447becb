import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OpenModelEntity } from './open-model.entity';

/** A language a catalog model covers (normalized ISO 639-3), for the language filter and facet. */
@Entity({ name: 'open_model_languages' })
export class OpenModelLanguageEntity {
  @PrimaryColumn({ name: 'model_id', type: 'uuid' })
  modelId!: string;

  @Index('idx_open_model_languages_code')
  @PrimaryColumn({ type: 'varchar', length: 3 })
  code!: string;

  @ManyToOne(() => OpenModelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'model_id' })
  model?: OpenModelEntity;
}
