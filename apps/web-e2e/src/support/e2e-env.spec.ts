import { e2eEnv } from './e2e-env';

const complete = {
  SANKOFA_E2E_BASE_URL: 'http://127.0.0.1:4000',
  SANKOFA_E2E_ADMIN_EMAIL: 'admin@e2e.sankofa.test',
  SANKOFA_E2E_ADMIN_PASSWORD: 'long enough password',
  SANKOFA_E2E_ARTIFACTS: '/work/tmp/e2e',
  SANKOFA_E2E_CHROMIUM: '/usr/bin/chromium',
};

describe('e2eEnv', () => {
  it('reads what the global setup exported', () => {
    expect(e2eEnv(complete)).toEqual({
      baseUrl: 'http://127.0.0.1:4000',
      adminEmail: 'admin@e2e.sankofa.test',
      adminPassword: 'long enough password',
      artifacts: '/work/tmp/e2e',
      chromium: '/usr/bin/chromium',
    });
  });

  it('tells how to run the test when the setup did not', () => {
    const { SANKOFA_E2E_BASE_URL: _url, ...partial } = complete;
    expect(() => e2eEnv(partial)).toThrow('SANKOFA_E2E_BASE_URL not set: run the end-to-end test with `npx nx run web-e2e:e2e`');
  });
});
