import { Args, ID, Info, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import type { SubmissionChangedMessage } from '@sankofa/queue';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentUser } from '../auth/auth.decorators';
import type { RequestContext } from '../auth/request-context';
import { SubmissionEvents } from './submission-events';
import { Submission, SubmissionConnection, SubmitExerciseInput } from './submissions.models';
import { SubmissionsService } from './submissions.service';
import { selectedFieldNames } from '../graphql/selected-fields';

@Resolver(() => Submission)
export class SubmissionsResolver {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly events: SubmissionEvents,
  ) {}

  @Mutation(() => Submission, { description: 'Stores a submission and queues its grading; the same idempotency key returns the same submission.' })
  submitExercise(@Args('input') input: SubmitExerciseInput, @CurrentUser() user: UserEntity, @Info() info: GraphQLResolveInfo): Promise<Submission> {
    return this.submissions.submit(input, user, selectedFieldNames(info));
  }

  @Query(() => Submission, { description: 'A submission: the learner’s own, or any of a course the viewer teaches.' })
  submission(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: UserEntity): Promise<Submission> {
    return this.submissions.submission(id, user);
  }

  @Query(() => SubmissionConnection, { description: 'The signed-in learner’s submissions of an exercise, newest first.' })
  mySubmissions(
    @Args('courseSlug') courseSlug: string,
    @Args('exerciseSlug') exerciseSlug: string,
    @CurrentUser() user: UserEntity,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<SubmissionConnection> {
    return this.submissions.mySubmissions(courseSlug, exerciseSlug, first ?? undefined, after ?? undefined, user);
  }

  @Query(() => SubmissionConnection, { description: 'Every learner’s submissions of an exercise, newest first: course staff and admins.' })
  exerciseSubmissions(
    @Args('courseSlug') courseSlug: string,
    @Args('exerciseSlug') exerciseSlug: string,
    @CurrentUser() user: UserEntity,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<SubmissionConnection> {
    return this.submissions.exerciseSubmissions(courseSlug, exerciseSlug, first ?? undefined, after ?? undefined, user);
  }

  @Subscription(() => Submission, {
    description: 'Pushes the submission as it is now, then at each status change (queued, running, its result). Owner and course staff only.',
    resolve(this: SubmissionsResolver, message: SubmissionChangedMessage, _args: unknown, context: RequestContext, info: GraphQLResolveInfo) {
      // The auth guard set the user, and the subscription checked their access, when it started.
      return this.submissions.pushed(message, context.user as UserEntity, selectedFieldNames(info));
    },
  })
  async submissionUpdated(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: UserEntity): Promise<AsyncIterableIterator<SubmissionChangedMessage>> {
    const row = await this.submissions.readable(id, user);
    // The first push reads the row again once Redis has the subscription: a change made after
    // this read and before then is not missed.
    return this.events.subscribe({ submissionId: row.id, status: row.status, runNumber: row.latestRunNumber });
  }
}
