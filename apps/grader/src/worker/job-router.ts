import { GRADING_JOB_NAMES, GradingJobHandlers, GradingJobName, parseGradeSubmissionPayload } from '@sankofa/queue';
import { Job, UnrecoverableError } from 'bullmq';

/**
 * Routes a job to the handler of its name. The handler table is typed by the queue contract,
 * and checked again at start: a job name without exactly one handler stops the worker.
 */
export class JobRouter {
  constructor(private readonly handlers: GradingJobHandlers) {
    const missing = GRADING_JOB_NAMES.filter((name) => typeof handlers[name] !== 'function');
    const unknown = Object.keys(handlers).filter((name) => !GRADING_JOB_NAMES.includes(name as GradingJobName));
    if (missing.length || unknown.length) {
      throw new Error(`grading job handlers do not match the queue contract (missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'})`);
    }
  }

  async route(job: Pick<Job, 'name' | 'data' | 'attemptsMade' | 'opts'>): Promise<void> {
    switch (job.name as GradingJobName) {
      case GradingJobName.GRADE_SUBMISSION: {
        let payload;
        try {
          payload = parseGradeSubmissionPayload(job.data);
        } catch (err) {
          throw new UnrecoverableError((err as Error).message);
        }
        const number = (job.attemptsMade ?? 0) + 1;
        return this.handlers[GradingJobName.GRADE_SUBMISSION](payload, { number, last: number >= (job.opts?.attempts ?? 1) });
      }
      default:
        // A job this version does not know (e.g. from a newer API): never retried here.
        throw new UnrecoverableError(`unknown grading job "${job.name}"`);
    }
  }
}
