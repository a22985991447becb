import type { CatalogModel, CommercialUse } from '@sankofa/model-catalog';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { COMMERCIAL_USE_VALUES, ModelLicenceEntity } from './model-licence.entity';

/**
 * One model of the open-model catalog. `document` is the model's data file as read (the source of
 * truth, exported back byte for byte); the other columns are copies of its facts kept for filters
 * and sorts in plain SQL, rewritten from the document on every save.
 */
@Entity({ name: 'open_models' })
@Index('idx_open_models_name_key_slug', ['nameKey', 'slug'])
export class OpenModelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The name lower-cased: the NAME sort, index-backed with the slug as tiebreak. */
  @Column({ name: 'name_key', type: 'varchar', length: 200 })
  nameKey!: string;

  @Index('idx_open_models_organization')
  @Column({ type: 'varchar', length: 120 })
  organization!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  family!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** YYYY-MM. */
  @Index('idx_open_models_released')
  @Column({ type: 'varchar', length: 7, nullable: true })
  released!: string | null;

  @Index('idx_open_models_parameter_count')
  @Column({ name: 'parameter_count', type: 'double precision', nullable: true })
  parameterCount!: number | null;

  @Column({ name: 'active_parameter_count', type: 'double precision', nullable: true })
  activeParameterCount!: number | null;

  @Index('idx_open_models_modality')
  @Column({ type: 'varchar', length: 20 })
  modality!: string;

  @Column({ name: 'memory_profile', type: 'varchar', length: 20 })
  memoryProfile!: string;

  @Column({ name: 'context_length', type: 'int', nullable: true })
  contextLength!: number | null;

  @Index('idx_open_models_licence_id')
  @Column({ name: 'licence_id', type: 'varchar', length: 100 })
  licenceId!: string;

  @ManyToOne(() => ModelLicenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'licence_id' })
  licence?: ModelLicenceEntity;

  /** The licence's commercial-use answer, copied here so the filter needs no join. */
  @Index('idx_open_models_commercial_use')
  @Column({ name: 'commercial_use', type: 'simple-enum', enum: COMMERCIAL_USE_VALUES, enumName: 'model_commercial_use' })
  commercialUse!: CommercialUse;

  /** Covers at least one language of the curated African list. */
  @Index('idx_open_models_covers_african_language')
  @Column({ name: 'covers_african_language', type: 'boolean', default: false })
  coversAfricanLanguage!: boolean;

  /**
   * Lower-cased name, organization, family, tasks and description, for LIKE search. On PostgreSQL
   * a trigram index (pg_trgm) serves those LIKEs; the migration creates it where the extension can
   * be enabled, and schema synchronization leaves it alone.
   */
  @Index('idx_open_models_search_text_trgm', { synchronize: false })
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  // "Fits my device" in SQL: total(ctx) = weights + kv_full_per_token × ctx
  //   + kv_swa_per_token × min(ctx rounded up to 256, swa_cells) + overhead
  // (language models; null when the architecture is not published, so the model never "fits").
  // Weights-only models compare weights_only_bytes.
  @Column({ name: 'q4_weights_bytes', type: 'double precision', nullable: true })
  q4WeightsBytes!: number | null;

  @Column({ name: 'q8_weights_bytes', type: 'double precision', nullable: true })
  q8WeightsBytes!: number | null;

  @Column({ name: 'f16_weights_bytes', type: 'double precision', nullable: true })
  f16WeightsBytes!: number | null;

  @Column({ name: 'weights_only_bytes', type: 'double precision', nullable: true })
  weightsOnlyBytes!: number | null;

  @Column({ name: 'kv_full_bytes_per_token', type: 'double precision', nullable: true })
  kvFullBytesPerToken!: number | null;

  @Column({ name: 'kv_swa_bytes_per_token', type: 'double precision', nullable: true })
  kvSwaBytesPerToken!: number | null;

  @Column({ name: 'swa_cells', type: 'int', nullable: true })
  swaCells!: number | null;

  @Column({ name: 'overhead_bytes', type: 'double precision', nullable: true })
  overheadBytes!: number | null;

  @Column({ type: 'simple-json' })
  document!: CatalogModel;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;

  /** Null when written by the CLI or the first-start seed. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;
}
