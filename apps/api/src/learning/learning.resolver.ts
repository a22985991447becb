import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import { CurrentUser } from '../auth/auth.decorators';
import { CourseDetailModel, CourseProgress } from '../catalog/catalog.models';
import { ExerciseModel, LessonModel } from './learning.models';
import { LearningService } from './learning.service';

@Resolver()
export class LearningResolver {
  constructor(private readonly learning: LearningService) {}

  @Query(() => CourseDetailModel, { description: 'A published course with its outline and the learner’s progress.' })
  course(@Args('slug') slug: string, @CurrentUser() user: UserEntity): Promise<CourseDetailModel> {
    return this.learning.course(slug, user.id);
  }

  @Query(() => LessonModel)
  lesson(@Args('courseSlug') courseSlug: string, @Args('slug') slug: string, @CurrentUser() user: UserEntity): Promise<LessonModel> {
    return this.learning.lesson(courseSlug, slug, user.id);
  }

  @Query(() => ExerciseModel, { description: 'The public part of an exercise: never answers, cases or labels.' })
  exercise(@Args('courseSlug') courseSlug: string, @Args('slug') slug: string): Promise<ExerciseModel> {
    return this.learning.exercise(courseSlug, slug);
  }

  @Mutation(() => CourseDetailModel, { description: 'Enrolls the signed-in user (again harmlessly).' })
  enroll(@Args('courseSlug') courseSlug: string, @CurrentUser() user: UserEntity): Promise<CourseDetailModel> {
    return this.learning.enroll(courseSlug, user.id);
  }

  @Mutation(() => Boolean, { description: 'Leaves a course; progress is kept for a later return.' })
  unenroll(@Args('courseSlug') courseSlug: string, @CurrentUser() user: UserEntity): Promise<boolean> {
    return this.learning.unenroll(courseSlug, user.id);
  }

  @Mutation(() => CourseProgress, { description: 'Marks a lesson complete for the enrolled learner.' })
  completeLesson(@Args('courseSlug') courseSlug: string, @Args('lessonSlug') lessonSlug: string, @CurrentUser() user: UserEntity): Promise<CourseProgress> {
    return this.learning.completeLesson(courseSlug, lessonSlug, user.id);
  }
}
