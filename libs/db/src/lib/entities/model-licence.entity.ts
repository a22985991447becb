import type { CatalogLicence, CommercialUse } from '@sankofa/model-catalog';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const COMMERCIAL_USE_VALUES: CommercialUse[] = ['yes', 'no', 'conditional'];

/** One licence of the open-model catalog (`catalog/licences/<id>.yaml`), keyed by its SPDX or LicenseRef id. */
@Entity({ name: 'model_licences' })
export class ModelLicenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  spdx!: string | null;

  @Column({ type: 'varchar', length: 500 })
  url!: string;

  @Column({ name: 'commercial_use', type: 'simple-enum', enum: COMMERCIAL_USE_VALUES, enumName: 'model_commercial_use' })
  commercialUse!: CommercialUse;

  @Column({ type: 'text', nullable: true })
  condition!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  /** The whole licence file as read (sources and notes included), for export. */
  @Column({ type: 'simple-json' })
  document!: CatalogLicence;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
