import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { e2eEnv } from './e2e-env';
import { step } from './steps';

/**
 * One Chromium for a spec file, a fresh context per page opened (closed after each test), and
 * `run` for named steps that save a screenshot and the server logs when they fail.
 */
export function browserSession() {
  const env = e2eEnv();
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser(env.chromium);
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    env,
    async openPage(options: BrowserContextOptions): Promise<Page> {
      const context = await browser.newContext({ ...options, baseURL: env.baseUrl });
      contexts.push(context);
      context.setDefaultTimeout(15000);
      return context.newPage();
    },
    run(page: Page, name: string, action: () => Promise<unknown>) {
      return step(page, env.artifacts, name, action);
    },
  };
}
