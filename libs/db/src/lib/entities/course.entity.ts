import { CourseStatus } from '@sankofa/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A course's identity and state. Its content lives in versions: one editable draft and the
 * immutable, numbered published versions. `publishedVersionId` points at the one learners see.
 */
@Entity({ name: 'courses' })
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  @Index('idx_courses_status')
  @Column({ type: 'simple-enum', enum: CourseStatus, enumName: 'course_status', default: CourseStatus.DRAFT })
  status!: CourseStatus;

  /** The latest published version (null until the first publication). */
  @Column({ name: 'published_version_id', type: 'uuid', nullable: true })
  publishedVersionId!: string | null;

  /** Number of the latest published version (0 before the first). */
  @Column({ name: 'latest_version_number', type: 'int', default: 0 })
  latestVersionNumber!: number;

  /** The original course when this one is a translation. */
  @Index('idx_courses_translation_of_id')
  @Column({ name: 'translation_of_id', type: 'uuid', nullable: true })
  translationOfId!: string | null;

  @ManyToOne(() => CourseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'translation_of_id' })
  translationOf?: CourseEntity | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
