import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseVersionEntity } from './course-version.entity';

/**
 * A file of a course version (data, starter code, hidden labels), addressed by path in the
 * course folder. Text is stored as is, binary as base64; `hidden` files never reach learners.
 */
@Entity({ name: 'course_files' })
@Index('uq_course_files_version_path', ['versionId', 'path'], { unique: true })
export class CourseFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: CourseVersionEntity;

  @Column({ type: 'varchar', length: 255 })
  path!: string;

  @Index('idx_course_files_sha256')
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  @Column({ type: 'varchar', length: 10 })
  encoding!: 'utf8' | 'base64';

  @Column({ type: 'text' })
  content!: string;
}
