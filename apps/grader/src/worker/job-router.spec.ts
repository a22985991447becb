import { GradingJobHandlers, GradingJobName } from '@sankofa/queue';
import { UnrecoverableError } from 'bullmq';
import { JobRouter } from './job-router';

const SUBMISSION = '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f';

describe('JobRouter', () => {
  it('refuses to start when a job name of the contract has no handler', () => {
    expect(() => new JobRouter({} as GradingJobHandlers)).toThrow(/missing: grade-submission/);
  });

  it('refuses handlers for job names the contract does not declare', () => {
    const handlers = { [GradingJobName.GRADE_SUBMISSION]: jest.fn(), 'grade-everything': jest.fn() } as unknown as GradingJobHandlers;
    expect(() => new JobRouter(handlers)).toThrow(/unknown: grade-everything/);
  });

  it('passes a valid payload to its handler, with which try of the job this is', async () => {
    const handle = jest.fn().mockResolvedValue(undefined);
    const router = new JobRouter({ [GradingJobName.GRADE_SUBMISSION]: handle });
    const data = { submissionId: SUBMISSION, runNumber: 2 };
    await router.route({ name: GradingJobName.GRADE_SUBMISSION, data, attemptsMade: 0, opts: { attempts: 3 } });
    expect(handle).toHaveBeenLastCalledWith(data, { number: 1, last: false });
    await router.route({ name: GradingJobName.GRADE_SUBMISSION, data, attemptsMade: 2, opts: { attempts: 3 } });
    expect(handle).toHaveBeenLastCalledWith(data, { number: 3, last: true });
  });

  it('fails malformed payloads and unknown jobs permanently (no retries)', async () => {
    const router = new JobRouter({ [GradingJobName.GRADE_SUBMISSION]: jest.fn() });
    await expect(router.route({ name: GradingJobName.GRADE_SUBMISSION, data: { submissionId: 'x', runNumber: 1 }, attemptsMade: 0, opts: {} })).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(router.route({ name: 'grade-everything', data: {}, attemptsMade: 0, opts: {} })).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
