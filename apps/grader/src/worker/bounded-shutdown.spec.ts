import { settlesWithin } from './bounded-shutdown';

describe('settlesWithin', () => {
  it('says whether a promise settled in time, whichever way it settled', async () => {
    await expect(settlesWithin(Promise.resolve('closed'), 50)).resolves.toBe(true);
    await expect(settlesWithin(Promise.reject(new Error('Connection is closed.')), 50)).resolves.toBe(true);
    await expect(settlesWithin(new Promise(() => undefined), 50)).resolves.toBe(false);
  });
});
