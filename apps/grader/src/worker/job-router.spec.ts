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

  it('passes a valid payload to its handler', async () => {
    const handle = jest.fn().mockResolvedValue(undefined);
    await new JobRouter({ [GradingJobName.GRADE_SUBMISSION]: handle }).route({ name: GradingJobName.GRADE_SUBMISSION, data: { submissionId: SUBMISSION, runNumber: 2 } });
    expect(handle).toHaveBeenCalledWith({ submissionId: SUBMISSION, runNumber: 2 });
  });

  it('fails malformed payloads and unknown jobs permanently (no retries)', async () => {
    const router = new JobRouter({ [GradingJobName.GRADE_SUBMISSION]: jest.fn() });
    await expect(router.route({ name: GradingJobName.GRADE_SUBMISSION, data: { submissionId: 'x', runNumber: 1 } })).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(router.route({ name: 'grade-everything', data: {} })).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
