import { Args, Query, Resolver } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import { CurrentUser } from '../auth/auth.decorators';
import { CourseConnection, CourseModel, TrackModel } from './catalog.models';
import { CatalogService } from './catalog.service';
import { CoursesArgs } from './dto/courses.args';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [TrackModel], { description: 'Training tracks with their published courses, in order.' })
  tracks(@CurrentUser() user: UserEntity): Promise<TrackModel[]> {
    return this.catalog.tracks(user.id);
  }

  @Query(() => [CourseModel], { description: 'Published courses the signed-in learner is enrolled in, with progress, latest first.' })
  enrolledCourses(@CurrentUser() user: UserEntity): Promise<CourseModel[]> {
    return this.catalog.enrolledCourses(user.id);
  }

  @Query(() => CourseConnection, {
    description: 'Published courses by slug; filter by words, language, level or track.',
    complexity: ({ args, childComplexity }) => Math.min(args['first'] ?? 20, 100) * childComplexity,
  })
  courses(@Args() args: CoursesArgs, @CurrentUser() user: UserEntity): Promise<CourseConnection> {
    return this.catalog.courses(args, user.id);
  }
}
