import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { newAccount } from './support/accounts';
import { signUpViaApi } from './support/api';
import { PHONE_360 } from './support/browser';
import { expectNoHorizontalScroll } from './support/layout';
import { browserSession } from './support/session';

// A learner on a 360 px phone looks for an open model that covers an African language and runs
// on a 4 GB phone, opens one, and follows it to a lesson of the shipped curricula that uses it.
// Qwen2.5 0.5B Instruct covers Arabic (on the catalog's African list) and lessons of
// choosing-open-models name it (both seeded and published by the global setup).

const { env, openPage, run } = browserSession();
const MODEL = 'Qwen2.5 0.5B Instruct';

function keepScreenshot(page: Page, name: string) {
  return page.screenshot({ path: path.join(env.artifacts, `model-catalog-${name}.png`), fullPage: true });
}

it('a learner filters the catalog for an African language on a phone, opens a model and follows it to a lesson', async () => {
  const page = await openPage(PHONE_360);
  const learner = newAccount('models', 'Amani Learner');
  await signUpViaApi(env.baseUrl, learner);

  await run(page, 'sign in and open the catalog from the menu', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).fill(learner.email);
    await page.getByLabel('Password', { exact: true }).fill(learner.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your learning' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Open models' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open models' }).waitFor();
    await page.getByText(/^Showing \d+ of \d+ models$/).waitFor();
    await expectNoHorizontalScroll(page, 'the model catalog');
  });

  await run(page, 'filter by any African language and a 4 GB phone', async () => {
    const filters = page.getByRole('search', { name: 'Find a model' });
    await filters.getByLabel('Language').selectOption({ label: 'Any African language' });
    await page.waitForURL((url) => url.searchParams.get('lang') === 'african');
    // The presets come from the API; wait for them before choosing.
    await filters.getByLabel('Device').locator('option[value="phone-4gb"]').waitFor({ state: 'attached' });
    await filters.getByLabel('Device').selectOption('phone-4gb');
    await page.waitForURL((url) => url.searchParams.get('device') === 'phone-4gb');
    await page.getByText(/^Showing \d+ of \d+ models?$/).waitFor();
    await page.getByRole('heading', { level: 2, name: MODEL }).waitFor();
    await expectNoHorizontalScroll(page, 'the filtered catalog');
    await keepScreenshot(page, 'filtered');
  });

  await run(page, 'open the model page', async () => {
    await page.getByRole('link', { name: MODEL, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/models/qwen2-5-0-5b-instruct');
    await page.getByRole('heading', { level: 1, name: MODEL }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Licence' }).waitFor();
    await page.getByRole('table', { name: /^Memory in GiB with a 4,096-token context/ }).waitFor();
    await expectNoHorizontalScroll(page, 'the model page');
    await keepScreenshot(page, 'model');
  });

  await run(page, 'follow a lesson that uses it', async () => {
    const lessons = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Lessons that use this model' }) });
    const first = lessons.getByRole('link').first();
    const title = (await first.textContent())?.trim() ?? '';
    expect(title).not.toBe('');
    await first.click();
    await page.waitForURL((url) => url.pathname.startsWith('/courses/') && url.pathname.includes('/lessons/'));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // The lesson shows the model back as a compact card.
    await page.getByRole('heading', { level: 2, name: 'Models used in this lesson' }).waitFor();
    await page.getByRole('link', { name: MODEL, exact: true }).waitFor();
    await expectNoHorizontalScroll(page, 'the lesson with its model cards');
  });
});
