'use strict';

const { openLoop } = require('./driver');

describe('openLoop', () => {
  it('fires at the given rate without waiting for earlier calls to finish', async () => {
    const firedAt = [];
    const started = performance.now();
    const { scheduleLagMs } = await openLoop({
      rate: 50,
      durationSeconds: 0.2,
      // Each call takes longer than the interval: a closed loop would fall behind.
      fire: () => {
        firedAt.push(performance.now() - started);
        return new Promise((resolve) => setTimeout(resolve, 100));
      },
    });
    expect(firedAt).toHaveLength(10);
    expect(scheduleLagMs).toHaveLength(10);
    // The tenth call is due at 180 ms, long before the first nine calls' 100 ms each would end.
    expect(firedAt[9]).toBeGreaterThanOrEqual(175);
    expect(firedAt[9]).toBeLessThan(400);
  });

  it('keeps to the schedule after a failed call, then rejects with the failure', async () => {
    let calls = 0;
    await expect(
      openLoop({ rate: 1000, durationSeconds: 0.005, fire: () => (++calls === 2 ? Promise.reject(new Error('refused')) : Promise.resolve()) }),
    ).rejects.toThrow('refused');
    expect(calls).toBe(5);
  });

  it('stops early when told', async () => {
    let calls = 0;
    await openLoop({ rate: 1000, durationSeconds: 1, fire: async () => void calls++, stopped: () => calls >= 3 });
    expect(calls).toBe(3);
  });
});
