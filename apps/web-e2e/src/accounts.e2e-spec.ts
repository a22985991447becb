import type { Page } from 'playwright-core';
import { type Account, newAccount } from './support/accounts';
import { signUpViaApi } from './support/api';
import { DESKTOP, PHONE_360 } from './support/browser';
import { expectNoHorizontalScroll } from './support/layout';
import { browserSession } from './support/session';

// Accounts end to end: the built web app, served by the real API process, with the grader
// running beside it, driven in Chromium as a person would use it.

const { env, openPage, run } = browserSession();

const landingHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Learn AI engineering, wherever you are' });
const learnerHome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your learning' });
const usersHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Users' });

async function signUpThroughForm(page: Page, account: Account) {
  await page.getByLabel('Display name', { exact: true }).fill(account.displayName);
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function expectPath(page: Page, pathname: string) {
  await page.waitForURL((url) => url.pathname === pathname);
}

it('a learner signs up, signs out and signs in again', async () => {
  const page = await openPage(DESKTOP);
  const learner = newAccount('learner', 'Amina Learner');

  await run(page, 'open the landing page and go to sign-up', async () => {
    await page.goto('/');
    await landingHeading(page).waitFor();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expectPath(page, '/sign-up');
  });
  await run(page, 'sign up through the form', async () => {
    await signUpThroughForm(page, learner);
    await expectPath(page, '/learn');
    await learnerHome(page).waitFor();
  });
  await run(page, 'keep the session across a reload', async () => {
    await page.reload();
    await learnerHome(page).waitFor();
  });
  await run(page, 'sign out from the header', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPath(page, '/');
    await landingHeading(page).waitFor();
  });
  await run(page, 'stay signed out after a reload', async () => {
    await page.reload();
    await landingHeading(page).waitFor();
  });
  await run(page, 'sign in again', async () => {
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await expectPath(page, '/sign-in');
    await signInThroughForm(page, learner.email, learner.password);
    await expectPath(page, '/learn');
    await learnerHome(page).waitFor();
  });
});

it('a wrong password shows an error and keeps the email typed', async () => {
  const page = await openPage(DESKTOP);
  const learner = newAccount('forgetful', 'Kwame Learner');
  await signUpViaApi(env.baseUrl, learner);

  await run(page, 'sign in with a wrong password', async () => {
    await page.goto('/sign-in');
    await signInThroughForm(page, learner.email, `${learner.password} but wrong`);
  });
  await run(page, 'see why the sign-in failed', async () => {
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.innerText()).trim();
    if (!/incorrect/i.test(text)) throw new Error(`the alert says "${text}", not that the email or password is incorrect`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(learner.email);
  });
  await run(page, 'sign in with the right password', async () => {
    await page.getByLabel('Password', { exact: true }).fill(learner.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await learnerHome(page).waitFor();
  });
});

it('an admin created with the CLI finds the new learner under Users, then signs out', async () => {
  const page = await openPage(DESKTOP);
  const learner = newAccount('listed', 'Thandiwe Learner');
  await signUpViaApi(env.baseUrl, learner);

  await run(page, 'sign in as the admin', async () => {
    await page.goto('/sign-in');
    await signInThroughForm(page, env.adminEmail, env.adminPassword);
    await usersHeading(page).waitFor();
  });
  await run(page, 'see the new learner in the list', async () => {
    const list = page.getByRole('list', { name: 'Users' });
    await list.getByText(learner.email, { exact: true }).waitFor();
    await list.getByRole('heading', { name: learner.displayName }).waitFor();
  });
  await run(page, 'sign out to the landing page', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPath(page, '/');
    await landingHeading(page).waitFor();
  });
});

it('works on a 360 px wide phone without sideways scrolling', async () => {
  const page = await openPage(PHONE_360);
  const learner = newAccount('phone', 'Chidi Learner');

  await run(page, 'landing page at 360 px', async () => {
    await page.goto('/');
    await landingHeading(page).waitFor();
    await expectNoHorizontalScroll(page, 'the landing page');
  });
  await run(page, 'sign-up form at 360 px', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Display name', { exact: true }).waitFor();
    await expectNoHorizontalScroll(page, 'the sign-up page');
  });
  await run(page, 'learner home at 360 px', async () => {
    await signUpThroughForm(page, learner);
    await learnerHome(page).waitFor();
    await expectNoHorizontalScroll(page, 'the learner home');
  });
  await run(page, 'sign-in form at 360 px', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await landingHeading(page).waitFor();
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).waitFor();
    await expectNoHorizontalScroll(page, 'the sign-in page');
  });
  await run(page, 'admin user list at 360 px', async () => {
    await signInThroughForm(page, env.adminEmail, env.adminPassword);
    await usersHeading(page).waitFor();
    await page.getByRole('list', { name: 'Users' }).getByText(learner.email, { exact: true }).waitFor();
    await expectNoHorizontalScroll(page, 'the admin user list');
  });
});
