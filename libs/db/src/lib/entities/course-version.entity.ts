import { CourseLevel } from '@sankofa/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CourseEntity } from './course.entity';

/**
 * One version of a course's content. `number` is null for the draft (at most one per course,
 * the only editable version); publishing copies the draft into version n+1, which never changes.
 */
@Entity({ name: 'course_versions' })
@Index('uq_course_versions_course_number', ['courseId', 'number'], { unique: true })
export class CourseVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: CourseEntity;

  @Column({ type: 'int', nullable: true })
  number!: number | null;

  /** One line saying what changed, given at publication. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  changelog!: string | null;

  @Column({ name: 'published_at', type: Date, nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Index('idx_course_versions_language')
  @Column({ type: 'varchar', length: 35 })
  language!: string;

  @Column({ type: 'simple-enum', enum: CourseLevel, enumName: 'course_level' })
  level!: CourseLevel;

  @Column({ name: 'estimated_hours', type: 'real' })
  estimatedHours!: number;

  @Column({ type: 'simple-json' })
  tags!: string[];

  /** SPDX id of the course text's licence. */
  @Column({ type: 'varchar', length: 64 })
  licence!: string;

  /** E-mails of the owning instructors as the course folder lists them (absent when it lists none). */
  @Column({ type: 'simple-json', nullable: true })
  instructors!: string[] | null;

  /** Slug of the original course when this one is a translation. */
  @Column({ name: 'translation_of_slug', type: 'varchar', length: 64, nullable: true })
  translationOfSlug!: string | null;

  /** `{ by, reviewed }` when the course is a translation. */
  @Column({ type: 'simple-json', nullable: true })
  translation!: { by: string; reviewed: boolean } | null;

  /** Ordered modules: `[{ slug, title, items: [{ kind: 'lesson' | 'exercise', slug }] }]`. */
  @Column({ type: 'simple-json' })
  modules!: Array<{ slug: string; title: string; items: Array<{ kind: 'lesson' | 'exercise'; slug: string }> }>;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
