import type { Browser } from 'playwright-core';
import { launchBrowser, PHONE_360 } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { expectNoHorizontalScroll, horizontalOverflow } from './support/layout';

// The 360 px check in accounts.e2e-spec.ts is only worth something if it can fail: this runs it
// on pages made to overflow, in the same browser and viewport.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser(e2eEnv().chromium);
});

afterAll(async () => {
  await browser?.close();
});

it('reports a page wider than the phone, naming the element', async () => {
  const context = await browser.newContext(PHONE_360);
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><meta name="viewport" content="width=device-width"><body><pre id="code" class="wide">' + 'x'.repeat(200) + '</pre></body>');
    const overflow = await horizontalOverflow(page);
    expect(overflow).toMatchObject({ viewportWidth: 360, offenders: expect.arrayContaining(['pre#code.wide']) });
    expect(overflow?.scrollWidth).toBeGreaterThan(360);
    await expect(expectNoHorizontalScroll(page, 'the test page')).rejects.toThrow(/the test page scrolls sideways at 360px: document.documentElement.scrollWidth is \d+; too wide: .*pre#code\.wide/);

    await page.setContent('<!doctype html><meta name="viewport" content="width=device-width"><body><p>fits</p></body>');
    expect(await horizontalOverflow(page)).toBeNull();
  } finally {
    await context.close();
  }
});
