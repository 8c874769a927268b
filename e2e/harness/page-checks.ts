import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './app-test';

/** The two window sizes every page must work at: a laptop, and the smallest window a user may have. */
export const VIEWPORTS = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '800x600', width: 800, height: 600 },
] as const;

/** How many pages axe checked in this test, for the summary the suite prints. */
export function axeChecksOf(testInfo: TestInfo): number {
  return testInfo.annotations.filter((annotation) => annotation.type === 'axe-check').length;
}

/**
 * The page as it stands, at each window size: every disclosure opened (so what hides behind "Details"
 * and "Proof" is checked too), axe run with no violation allowed, and a full-page screenshot saved to
 * the test's output folder. Disclosures are put back as they were, so the test goes on unchanged.
 */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const original = page.viewportSize();
  const closed = await page.evaluate(() => {
    const shut = [...document.querySelectorAll('details')].filter((details) => !details.open);
    shut.forEach((details, index) => {
      details.dataset.checkClosed = String(index);
      details.open = true;
    });
    return shut.length;
  });
  try {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const results = await new AxeBuilder({ page }).analyze();
      testInfo.annotations.push({ type: 'axe-check', description: `${name} at ${viewport.name}` });
      const violations = results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      }));
      expect(violations, `axe on "${name}" at ${viewport.name}`).toEqual([]);
      // A modal dialog sits in the window, not on the page: photograph the window then.
      const dialogOpen = await page.evaluate(() => document.querySelector('dialog[open]') !== null);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${viewport.name}.png`), fullPage: !dialogOpen });
    }
  } finally {
    if (original) await page.setViewportSize(original);
    if (closed > 0)
      await page.evaluate(() =>
        document.querySelectorAll<HTMLDetailsElement>('details[data-check-closed]').forEach((details) => {
          details.open = false;
          delete details.dataset.checkClosed;
        }),
      );
  }
}
