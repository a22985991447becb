import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

/** A file name for a test's artifact: lower-case words joined by dashes, bounded in length. */
export function artifactName(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
  return slug || 'unnamed';
}

/** The message of a failed step: what was being done, where, and where to look next. */
export function stepFailureMessage(details: { step: string; url: string; cause: unknown; screenshot: string | null; logs: string[] }): string {
  const cause = details.cause instanceof Error ? details.cause.message : String(details.cause);
  return [
    `Step "${details.step}" failed on ${details.url}`,
    cause.trim(),
    details.screenshot ? `Screenshot: ${details.screenshot}` : 'Screenshot: could not be taken',
    details.logs.length ? `Server logs: ${details.logs.join(', ')}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/**
 * Runs one step of a scenario. On failure it saves a full-page screenshot under the artifacts
 * folder and throws an error naming the step, the page and the files to open.
 */
export async function step<T>(page: Page, artifacts: string, name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (cause) {
    const testName = expect.getState().currentTestName ?? 'test';
    const file = path.join(artifacts, `${artifactName(testName, name)}.png`);
    const screenshot = await page
      .screenshot({ path: file, fullPage: true })
      .then(() => path.relative(process.cwd(), file))
      .catch(() => null);
    const logs = ['api.log', 'grader.log'].map((f) => path.join(artifacts, f)).filter((f) => fs.existsSync(f)).map((f) => path.relative(process.cwd(), f));
    const error = new Error(stepFailureMessage({ step: name, url: page.url(), cause, screenshot, logs }));
    error.stack = error.message;
    throw error;
  }
}
