import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { newAccount } from './support/accounts';
import { signUpViaApi } from './support/api';
import { PHONE_360 } from './support/browser';
import { expectNoHorizontalScroll } from './support/layout';
import { browserSession } from './support/session';

// A learner hands in two shipped exercises of python-for-data on a 360 px phone and sees them
// graded by the real grader: the quiz answered with its answer key, and the Python exercise with
// its reference solution, run in the sandbox.

const { env, openPage, run } = browserSession();
const course = path.resolve(__dirname, '../../../curricula/courses/python-for-data');
const GRADED_WITHIN_MS = 60_000;

function keepScreenshot(page: Page, name: string) {
  return page.screenshot({ path: path.join(env.artifacts, `submitting-${name}.png`), fullPage: true });
}

/** The headline of the submission panel: a live region that ends on the outcome. */
const statusHeadline = (page: Page) => page.locator('.submission-status .status-headline');

async function waitForOutcome(page: Page, outcome: string) {
  await statusHeadline(page).filter({ hasText: outcome }).waitFor({ timeout: GRADED_WITHIN_MS });
}

it('a learner submits a shipped quiz and a Python exercise and sees them graded', async () => {
  const page = await openPage(PHONE_360);
  const learner = newAccount('submitter', 'Efua Learner');
  await signUpViaApi(env.baseUrl, learner);

  await run(page, 'sign in and enroll in python-for-data', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).fill(learner.email);
    await page.getByLabel('Password', { exact: true }).fill(learner.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your learning' }).waitFor();
    await page.goto('/courses/python-for-data');
    await page.getByRole('button', { name: 'Enroll' }).click();
    await page.getByText('You are enrolled. Your progress will be kept here.').waitFor();
  });

  await run(page, 'answer the quiz with its key and submit', async () => {
    await page.goto('/courses/python-for-data/exercises/arrays-and-csv-quiz');
    // The prompt repeats the title as its own heading: the page's is the one to wait for.
    await page.locator('#exercise-title', { hasText: 'Arrays, CSV files and summaries' }).waitFor();
    // The key of curricula/courses/python-for-data/exercises/arrays-and-csv-quiz/solution.yaml.
    for (const option of ['q1-a', 'q2-b', 'q3-b', 'q3-c']) await page.locator(`#answer-${option}`).check();
    await page.locator('#answer-q4').fill('2');
    await page.locator('#answer-q5').fill('4');
    await page.locator('#answer-q6').fill('np.nanmean');
    await page.getByRole('button', { name: 'Submit your answers' }).click();
  });

  await run(page, 'see the quiz graded', async () => {
    await waitForOutcome(page, 'Passed');
    const result = page.locator('.submission-status');
    await result.getByText('Question 6', { exact: true }).waitFor();
    await result.getByText('100%', { exact: true }).waitFor();
    await page.getByText('Attempt 1', { exact: true }).waitFor();
    await expectNoHorizontalScroll(page, 'the graded quiz');
    await keepScreenshot(page, 'quiz');
  });

  await run(page, 'write the reference solution in the editor and submit it', async () => {
    await page.goto('/courses/python-for-data/exercises/mean-by-group');
    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    // Inserted as one edit: typed key by key, the editor would indent each new line again.
    await page.keyboard.insertText(fs.readFileSync(path.join(course, 'exercises/mean-by-group/solution.py'), 'utf8'));
    await page.getByRole('button', { name: 'Submit your code' }).click();
  });

  await run(page, 'see every check pass', async () => {
    await waitForOutcome(page, 'Passed');
    await page.getByText(/^(\d+) of \1 checks passed$/).waitFor();
    await expectNoHorizontalScroll(page, 'the graded Python exercise');
    await keepScreenshot(page, 'python');
  });

  await run(page, 'the attempt is listed and opens to its result', async () => {
    await page.reload();
    const history = page.locator('.submission-history');
    await history.getByText('Attempt 1', { exact: true }).click();
    await history.getByText(/checks passed$/).waitFor();
  });
});
