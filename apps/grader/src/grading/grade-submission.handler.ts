import { Injectable, Logger } from '@nestjs/common';
import { GradeSubmissionPayload } from '@sankofa/queue';
import { UnrecoverableError } from 'bullmq';

/**
 * Handles `grade-submission` jobs. Submissions and their grading runs are stored by the API;
 * until an exercise kind has a grader, a job for it fails permanently with the reason, so it
 * is visible in the queue's failed set instead of being retried or silently dropped.
 */
@Injectable()
export class GradeSubmissionHandler {
  private readonly logger = new Logger(GradeSubmissionHandler.name);

  async handle(payload: GradeSubmissionPayload): Promise<void> {
    this.logger.warn(`run ${payload.runNumber} of submission ${payload.submissionId}: no grader is installed for submissions yet`);
    throw new UnrecoverableError('No grader is installed for submissions in this version of Sankofa.');
  }
}
