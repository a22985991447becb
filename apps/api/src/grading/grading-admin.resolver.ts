import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import { Role } from '@sankofa/domain';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { GradingFailure, GradingQueueStatus } from './grading-admin.models';
import { GradingAdminService } from './grading-admin.service';

@Resolver()
export class GradingAdminResolver {
  constructor(private readonly grading: GradingAdminService) {}

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => GradingQueueStatus, { description: 'The grading queue now: jobs waiting, running, delayed (retries), failed, and graders connected.' })
  gradingQueue(): Promise<GradingQueueStatus> {
    return this.grading.status();
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => [GradingFailure], { description: 'Recent grader faults, newest first (instructors: their courses only).' })
  recentGradingFailures(@CurrentUser() user: UserEntity, @Args('first', { type: () => Int, nullable: true }) first?: number): Promise<GradingFailure[]> {
    return this.grading.recentFailures(first ?? 20, user);
  }
}
