import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/app-test';

/**
 * The two pictures the README shows: the guide beside the findings, and a saved report. Made on every
 * run into the test's output folder (so the report is checked to render); copied into e2e/screenshots,
 * where the README finds them, only when asked (WGD_README_SCREENSHOTS=1), so a test run leaves the
 * checkout as it was.
 */
const README_FOLDER = path.resolve('e2e/screenshots');

function publish(file: string, name: string) {
  if (process.env.WGD_README_SCREENSHOTS !== '1') return;
  mkdirSync(README_FOLDER, { recursive: true });
  copyFileSync(file, path.join(README_FOLDER, name));
}

test('README pictures: the guide beside the findings, and a saved report', async ({ app, browser }, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByLabel('Demo PC').selectOption('xp-print-host-at-limit');
  await page.getByRole('radio', { name: /Other computers get/ }).check();
  await page.getByRole('button', { name: 'Scan the demo PC' }).click();
  await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeFocused();
  await expect(page.getByRole('complementary', { name: 'Guide to this step' })).toBeVisible();
  const guide = testInfo.outputPath('guide.png');
  await page.screenshot({ path: guide });
  publish(guide, 'guide.png');

  await page.getByRole('button', { name: 'Save report…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Save a report' }).getByRole('button', { name: 'Save' }).click();
  const html = readFileSync(await (await download).path(), 'utf8');
  // The saved report on its own, as whoever receives it opens it.
  const reader = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
  try {
    await reader.setContent(html);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Workgroup Doctor report');
    const report = testInfo.outputPath('report.png');
    await reader.screenshot({ path: report });
    publish(report, 'report.png');
  } finally {
    await reader.close();
  }
});
