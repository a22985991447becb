import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseVersionEntity } from './course-version.entity';

export interface LessonFrontMatter {
  objectives: string[];
  prerequisites: string[];
  models: string[];
  glossary: Array<{ term: string; definition: string }>;
  check: { question: string; answer: string };
  summary: string[];
}

/** A lesson of one course version; its HTML is rendered and sanitized at publication. */
@Entity({ name: 'lessons' })
@Index('uq_lessons_version_slug', ['versionId', 'slug'], { unique: true })
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: CourseVersionEntity;

  /** Stable across versions: progress is keyed by it. */
  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'int' })
  minutes!: number;

  @Column({ name: 'front_matter', type: 'simple-json' })
  frontMatter!: LessonFrontMatter;

  @Column({ name: 'body_markdown', type: 'text' })
  bodyMarkdown!: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;
}
