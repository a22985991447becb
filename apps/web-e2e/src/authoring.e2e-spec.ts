import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { newAccount } from './support/accounts';
import { signUpViaApi } from './support/api';
import { DESKTOP, PHONE_360 } from './support/browser';
import { expectNoHorizontalScroll } from './support/layout';
import { browserSession } from './support/session';

// The acceptance test of curricula: a course written in the browser's editor, published, then
// found and read by a learner. The stack's admin (created with the CLI) uses the authoring area,
// as instructors do.

const { env, openPage, run } = browserSession();

function keepScreenshot(page: Page, name: string) {
  return page.screenshot({ path: path.join(env.artifacts, `authoring-${name}.png`), fullPage: true });
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

const LESSON = `---
title: Arrays in one line
objectives:
  - Create an array from a Python list and read its shape
  - Compute the mean of a column without a loop
minutes: 10
prerequisites: []
models: []
glossary:
  - term: shape
    definition: The number of elements along each axis of an array.
check:
  question: What is the shape of a list of three rows of two numbers turned into an array?
  answer: (3, 2) — three rows, two columns.
summary:
  - An array holds numbers of one type in a shape.
  - Operations apply to every element at once.
  - The mean of axis 0 is the mean of each column.
---

## Arrays

An array holds numbers of one type, laid out in a shape.

\`\`\`python example
rows = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
means = [sum(column) / len(column) for column in zip(*rows)]
print(means)
\`\`\`
`;

it('an instructor writes and publishes a course in the browser; a learner enrolls and reads its lesson', async () => {
  const slug = `e2e-course-${randomBytes(3).toString('hex')}`;
  const title = `Arrays from scratch ${slug.slice(-6)}`;
  const page = await openPage(DESKTOP);

  await run(page, 'sign in and open the authoring area', async () => {
    await signIn(page, env.adminEmail, env.adminPassword);
    await page.getByRole('link', { name: 'Teach' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your teaching' }).waitFor();
  });

  await run(page, 'create the course', async () => {
    await page.getByRole('link', { name: 'New course' }).click();
    await page.getByLabel('Slug', { exact: true }).fill('Not A Slug');
    await page.getByText(/Use 3–64 lower-case letters/).waitFor();
    await page.getByLabel('Slug', { exact: true }).fill(slug);
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Summary', { exact: true }).fill('Arrays and column means with plain Python, for data work on any laptop.');
    await page.getByRole('button', { name: 'Create course' }).click();
    await page.waitForURL((url) => url.pathname === `/teach/courses/${slug}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  });

  await run(page, 'add a module and a lesson', async () => {
    await page.getByLabel('Slug', { exact: true }).first().waitFor();
    await page.locator('#module-slug').fill('first-steps');
    await page.locator('#module-title').fill('First steps');
    await page.getByRole('button', { name: 'Add module' }).click();
    await page.locator('#item-slug').fill('arrays-in-one-line');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const editor = page.getByLabel('Editing lessons/arrays-in-one-line.md');
    await editor.waitFor();
    await editor.fill(LESSON);
  });

  await run(page, 'save: no issues, and the preview shows the lesson', async () => {
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByRole('heading', { level: 2, name: '0 issues' }).waitFor();
    await page.getByText('The draft has no issues: it can be published.').waitFor();
    await page.locator('.markdown-preview .lesson-body pre').first().waitFor();
    await keepScreenshot(page, 'editor');
  });

  await run(page, 'publish with a changelog', async () => {
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish a new version' });
    await dialog.getByLabel('What changed').fill('First version: arrays in one line');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.getByText('Version 1 is published.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('link', { name: 'Preview as a learner: version 1' }).waitFor();
  });

  await run(page, 'the course is listed as published', async () => {
    await page.getByRole('link', { name: '← Your courses' }).click();
    const card = page.locator('.authored-card', { has: page.getByRole('link', { name: title }) });
    await card.getByText('Published').waitFor();
    await card.getByText(/Version 1/).waitFor();
  });

  const learner = newAccount('reader', 'Esi Reader');
  await signUpViaApi(env.baseUrl, learner);
  const phone = await openPage(PHONE_360);

  await run(phone, 'a learner finds the new course and enrolls', async () => {
    await signIn(phone, learner.email, learner.password);
    await phone.goto(`/courses/${slug}`);
    await phone.getByRole('heading', { level: 1, name: title }).waitFor();
    await phone.getByRole('button', { name: 'Enroll' }).click();
    await phone.getByText('You are enrolled. Your progress will be kept here.').waitFor();
  });

  await run(phone, 'and reads the lesson with its worked example', async () => {
    await phone.getByRole('link', { name: 'Start the first lesson' }).click();
    await phone.waitForURL((url) => url.pathname === `/courses/${slug}/lessons/arrays-in-one-line`);
    await phone.getByRole('heading', { level: 1, name: 'Arrays in one line' }).waitFor();
    await phone.locator('.lesson-body pre[data-example]').first().waitFor();
    await phone.getByRole('heading', { level: 2, name: 'Check yourself' }).waitFor();
    await expectNoHorizontalScroll(phone, 'the published lesson');
  });

  // Archiving also leaves the shipped catalog as the other journeys expect to find it.
  await run(page, 'the instructor archives the course', async () => {
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: 'Archive…' }).click();
    await page.getByRole('button', { name: 'Archive course' }).click();
    await page.getByText('Archived', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Restore…' }).waitFor();
  });

  await run(phone, 'and it leaves the catalog', async () => {
    await phone.goto('/courses');
    await phone.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    await phone.getByRole('link', { name: 'Python for Data Work' }).waitFor();
    if ((await phone.getByRole('link', { name: title }).count()) !== 0) throw new Error(`the archived course ${slug} is still in the catalog`);
  });
});

it('the editor is usable at 360 px', async () => {
  const page = await openPage(PHONE_360);
  const slug = `e2e-phone-${randomBytes(3).toString('hex')}`;

  await run(page, 'create a course on a phone', async () => {
    await signIn(page, env.adminEmail, env.adminPassword);
    await page.goto('/teach/new');
    await page.getByLabel('Slug', { exact: true }).fill(slug);
    await page.getByLabel('Title', { exact: true }).fill('Phone-made course');
    await page.getByLabel('Summary', { exact: true }).fill('Written on a small screen.');
    await page.getByRole('button', { name: 'Create course' }).click();
    await page.waitForURL((url) => url.pathname === `/teach/courses/${slug}`);
    await page.getByLabel('Editing course.yaml').waitFor();
  });

  await run(page, 'the editor fits the screen', async () => {
    await expectNoHorizontalScroll(page, 'the course editor');
    await keepScreenshot(page, 'editor-360');
  });

  await run(page, 'the list fits the screen', async () => {
    await page.goto('/teach');
    await page.getByRole('link', { name: 'Phone-made course' }).waitFor();
    await expectNoHorizontalScroll(page, 'my courses');
  });
});
