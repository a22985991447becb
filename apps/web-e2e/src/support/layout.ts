import type { Page } from 'playwright-core';

export interface HorizontalOverflow {
  viewportWidth: number;
  scrollWidth: number;
  /** Up to five elements reaching past the right edge, as `tag#id.class`. */
  offenders: string[];
}

/**
 * Measures whether the page is wider than the viewport it was given; null when it is not.
 * The width comes from the browser context, not from `window.innerWidth`: a mobile browser
 * widens its layout viewport to fit a page that overflows, which would hide the problem.
 */
export async function horizontalOverflow(page: Page): Promise<HorizontalOverflow | null> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the page has no fixed viewport to measure against');
  const measured = await page.evaluate((viewportWidth) => {
    const scrollWidth = document.documentElement.scrollWidth;
    // An element sticks out when its box does, or when content it lets overflow does.
    const sticksOut = Array.from(document.querySelectorAll('body *')).filter((el) => {
      const rect = el.getBoundingClientRect();
      const contentRight = getComputedStyle(el).overflowX === 'visible' ? rect.left + el.scrollWidth : rect.right;
      return Math.max(rect.right, contentRight) > viewportWidth + 0.5;
    });
    // Name the innermost ones: their ancestors only stick out because of them.
    const offenders = sticksOut
      .filter((el) => !sticksOut.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map((el) => {
        const id = el.id ? `#${el.id}` : '';
        const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${id}${classes}`;
      });
    return { viewportWidth, scrollWidth, offenders };
  }, viewport.width);
  return measured.scrollWidth > measured.viewportWidth ? measured : null;
}

/** Fails when the page is wider than the viewport, naming what sticks out. */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await horizontalOverflow(page);
  if (overflow) {
    throw new Error(
      `${where} scrolls sideways at ${overflow.viewportWidth}px: document.documentElement.scrollWidth is ${overflow.scrollWidth}` +
        (overflow.offenders.length ? `; too wide: ${overflow.offenders.join(', ')}` : ''),
    );
  }
}
