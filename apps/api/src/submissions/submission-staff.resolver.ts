import { Args, Float, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import { Role } from '@sankofa/domain';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { SubmissionStaffService } from './submission-staff.service';
import { Submission } from './submissions.models';

@Resolver()
export class SubmissionStaffResolver {
  constructor(private readonly staff: SubmissionStaffService) {}

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => Submission, { description: 'Grades the submission again (a new grading run) against the exercise as published now.' })
  regradeSubmission(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentUser() user: UserEntity): Promise<Submission> {
    return this.staff.regradeSubmission(id, reason, user);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => Int, { description: 'Regrades every settled submission of the exercise, behind learners’ new submissions; returns how many.' })
  regradeExercise(@Args('courseSlug') courseSlug: string, @Args('exerciseSlug') exerciseSlug: string, @Args('reason') reason: string, @CurrentUser() user: UserEntity): Promise<number> {
    return this.staff.regradeExercise(courseSlug, exerciseSlug, reason, user);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => Submission, { description: 'Sets the submission’s score, with a reason kept in an audit record.' })
  overrideScore(@Args('submissionId', { type: () => ID }) submissionId: string, @Args('score', { type: () => Float }) score: number, @Args('reason') reason: string, @CurrentUser() user: UserEntity): Promise<Submission> {
    return this.staff.overrideScore(submissionId, score, reason, user);
  }
}
