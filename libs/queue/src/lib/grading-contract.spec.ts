import { gradingJobId, gradingJobOptions, parseGradeSubmissionPayload } from './grading-contract';
import { evictionPolicyProblem, pubSubChannel } from './redis-namespace';

const ID = '6F1C2D4E-8A9B-4C3D-9E8F-0A1B2C3D4E5F';

describe('grading queue contract', () => {
  it('names jobs by submission and run, without the characters BullMQ refuses', () => {
    const id = gradingJobId({ submissionId: ID, runNumber: 3 });
    expect(id).toBe('grade-6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f-3');
    expect(id).not.toContain(':');
    expect(Number.isNaN(Number(id))).toBe(true);
  });

  it.each([
    [{ submissionId: 'not-a-uuid', runNumber: 1 }, /UUID/],
    [{ submissionId: ID, runNumber: 0 }, /positive integer/],
    [{ submissionId: ID, runNumber: 1.5 }, /positive integer/],
  ])('refuses %j', (payload, message) => {
    expect(() => gradingJobId(payload)).toThrow(message);
  });

  it('keeps every job option in one place: id, retries with backoff, retention', () => {
    expect(gradingJobOptions({ submissionId: ID, runNumber: 1 })).toMatchObject({
      jobId: 'grade-6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f-1',
      attempts: 3,
      backoff: { type: 'exponential', delay: 2000 },
    });
  });

  it('validates payloads read back from Redis', () => {
    expect(parseGradeSubmissionPayload({ submissionId: ID, runNumber: 2, extra: true })).toEqual({ submissionId: ID, runNumber: 2 });
    expect(() => parseGradeSubmissionPayload(null)).toThrow(/malformed/);
    expect(() => parseGradeSubmissionPayload({ submissionId: ID, runNumber: '2' })).toThrow(/malformed/);
  });
});

describe('redis namespace', () => {
  it('puts pub/sub channels under the deployment namespace', () => {
    expect(pubSubChannel('sankofa:prod', 'account:42')).toBe('sankofa:prod:events:account:42');
  });

  it('flags eviction policies that could drop jobs', async () => {
    const redis = (policy: string) => ({ config: async () => ['maxmemory-policy', policy] });
    await expect(evictionPolicyProblem(redis('noeviction'))).resolves.toBeNull();
    await expect(evictionPolicyProblem(redis('allkeys-lru'))).resolves.toMatch(/allkeys-lru; Sankofa needs noeviction/);
    await expect(evictionPolicyProblem({ config: async () => Promise.reject(new Error('unknown command')) })).resolves.toBeNull();
  });
});
