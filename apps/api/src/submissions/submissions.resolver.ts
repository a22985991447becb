import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import type { SubmissionChangedMessage } from '@sankofa/queue';
import { CurrentUser } from '../auth/auth.decorators';
import type { RequestContext } from '../auth/request-context';
import { SubmissionEvents } from './submission-events';
import { Submission, SubmissionConnection, SubmitExerciseInput } from './submissions.models';
import { SubmissionsService } from './submissions.service';

@Resolver(() => Submission)
export class SubmissionsResolver {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly events: SubmissionEvents,
  ) {}

  @Mutation(() => Submission, { description: 'Stores a submission and queues its grading; the same idempotency key returns the same submission.' })
  submitExercise(@Args('input') input: SubmitExerciseInput, @CurrentUser() user: UserEntity): Promise<Submission> {
    return this.submissions.submit(input, user);
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
    resolve(this: SubmissionsResolver, message: SubmissionChangedMessage, _args: unknown, context: RequestContext) {
      // The auth guard set the user when the subscription started.
      return this.submissions.submission(message.submissionId, context.user as UserEntity);
    },
  })
  async submissionUpdated(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: UserEntity): Promise<AsyncIterableIterator<SubmissionChangedMessage>> {
    const submission = await this.submissions.readable(id, user);
    return this.events.subscribe({ submissionId: submission.id, status: submission.status, runNumber: submission.latestRunNumber });
  }
}
