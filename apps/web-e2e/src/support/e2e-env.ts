/** What the end-to-end global setup (tools/lib/e2e-global-setup.js) hands the tests. */
export interface E2eEnv {
  /** Where the API serves the web app, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  adminEmail: string;
  adminPassword: string;
  /** Folder for screenshots of failures; the servers' logs are there too. */
  artifacts: string;
  chromium: string;
}

const NAMES = {
  baseUrl: 'SANKOFA_E2E_BASE_URL',
  adminEmail: 'SANKOFA_E2E_ADMIN_EMAIL',
  adminPassword: 'SANKOFA_E2E_ADMIN_PASSWORD',
  artifacts: 'SANKOFA_E2E_ARTIFACTS',
  chromium: 'SANKOFA_E2E_CHROMIUM',
} as const;

export function e2eEnv(env: NodeJS.ProcessEnv = process.env): E2eEnv {
  const missing = Object.values(NAMES).filter((name) => !env[name]);
  if (missing.length) {
    throw new Error(`${missing.join(', ')} not set: run the end-to-end test with \`npx nx run web-e2e:e2e\`, whose global setup starts the stack`);
  }
  const read = (key: keyof typeof NAMES) => env[NAMES[key]] as string;
  return {
    baseUrl: read('baseUrl'),
    adminEmail: read('adminEmail'),
    adminPassword: read('adminPassword'),
    artifacts: read('artifacts'),
    chromium: read('chromium'),
  };
}
