import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseEntity } from './course.entity';
import { UserEntity } from './user.entity';

/** A lesson a learner marked complete, keyed by the lesson's stable slug (survives new versions). */
@Entity({ name: 'lesson_completions' })
@Index('uq_lesson_completions_user_course_lesson', ['userId', 'courseId', 'lessonSlug'], { unique: true })
export class LessonCompletionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('idx_lesson_completions_course_id')
  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: CourseEntity;

  @Column({ name: 'lesson_slug', type: 'varchar', length: 64 })
  lessonSlug!: string;

  @CreateDateColumn({ name: 'completed_at' })
  completedAt!: Date;
}
