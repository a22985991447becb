import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { newAccount } from './support/accounts';
import { PHONE_360 } from './support/browser';
import { expectNoHorizontalScroll } from './support/layout';
import { browserSession } from './support/session';

// The learner journey on the shipped curricula (published by the global setup), on a 360 px
// phone: catalog, tracks, enrolment, a lesson with a worked example, completion, progress.

const { env, openPage, run } = browserSession();

/** Keeps a 360 px picture of each learner page beside the logs, for review. */
function keepScreenshot(page: Page, name: string) {
  return page.screenshot({ path: path.join(env.artifacts, `learning-${name}.png`), fullPage: true });
}

it('a learner enrolls in a shipped course, reads its first lesson and sees the progress', async () => {
  const page = await openPage(PHONE_360);
  const learner = newAccount('journey', 'Kwame Learner');

  await run(page, 'sign up', async () => {
    await page.goto('/sign-up');
    await page.getByLabel('Display name', { exact: true }).fill(learner.displayName);
    await page.getByLabel('Email', { exact: true }).fill(learner.email);
    await page.getByLabel('Password', { exact: true }).fill(learner.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your learning' }).waitFor();
  });

  await run(page, 'the three shipped tracks on the learner home', async () => {
    for (const track of ['Machine Learning Foundations', 'Language Technology for African Languages', 'Open Models in Practice']) {
      await page.getByRole('heading', { level: 2, name: track }).waitFor();
    }
    await expectNoHorizontalScroll(page, 'the learner home');
  });

  await run(page, 'the catalog', async () => {
    await page.getByRole('link', { name: 'Browse all courses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    await page.getByText('Showing 8 of 8 courses').waitFor();
    await expectNoHorizontalScroll(page, 'the catalog');
    await keepScreenshot(page, 'catalog');
  });

  await run(page, 'enroll in python-for-data', async () => {
    await page.getByRole('link', { name: 'Python for Data Work' }).click();
    await page.waitForURL((url) => url.pathname === '/courses/python-for-data');
    await page.getByRole('heading', { level: 1, name: 'Python for Data Work' }).waitFor();
    await page.getByRole('button', { name: 'Enroll' }).click();
    await page.getByText('You are enrolled. Your progress will be kept here.').waitFor();
    await expectNoHorizontalScroll(page, 'the course page');
    await keepScreenshot(page, 'course');
  });

  await run(page, 'read the first lesson with its worked example', async () => {
    await page.getByRole('link', { name: 'Start the first lesson' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/courses/python-for-data/lessons/'));
    await page.locator('.lesson-body pre[data-example]').first().waitFor();
    await page.locator('.example-label', { hasText: 'Worked example' }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Check yourself' }).waitFor();
    await expectNoHorizontalScroll(page, 'the lesson');
    await keepScreenshot(page, 'lesson');
  });

  await run(page, 'mark it complete', async () => {
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await page.getByText('Lesson completed.').waitFor();
  });

  await run(page, 'progress on the course page', async () => {
    await page.getByRole('link', { name: 'Python for Data Work' }).click();
    await page.waitForURL((url) => url.pathname === '/courses/python-for-data');
    await page.getByText(/% complete · 1 of \d+ lessons done/).waitFor();
    await page.getByRole('link', { name: 'Continue' }).waitFor();
    await keepScreenshot(page, 'course-progress');
  });
});
