import { type Browser, type BrowserContextOptions, chromium } from 'playwright-core';

// Headless and quiet on a machine without internet: without the background-networking flags
// Chromium keeps trying to reach Google's services.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

const common: BrowserContextOptions = { locale: 'en-US', timezoneId: 'Africa/Accra' };

export const DESKTOP: BrowserContextOptions = { ...common, viewport: { width: 1280, height: 800 } };

/** A small, cheap Android phone: the device Sankofa is built for first. */
export const PHONE_360: BrowserContextOptions = {
  ...common,
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
