import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import type { LanguageTag } from '../shared/i18n/languages';
import { translatorFor } from '../shared/i18n/translator-for';
import { scenarioText } from '../shared/simulated-host/scenario-text';
import { builtInScenario } from '../shared/simulated-host/scenarios';
import { expect, test } from './harness/app-test';

/** The smallest window the wizard is made for. */
const SMALL_WINDOW = { width: 800, height: 600 };

/**
 * Each page, checked as a user of that language would meet it: nothing wider than the window (Thai has
 * no spaces to break at, German has long compound words), nothing axe objects to, and a screenshot of
 * the whole page to look at.
 */
async function checkPage(page: Page, testInfo: TestInfo, name: string) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${name}: the page is wider than the window`).toBeLessThanOrEqual(widths.client);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    name,
  ).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

const WALKS: readonly { readonly scenario: string; readonly language: LanguageTag; readonly windows: readonly string[] }[] = [
  { scenario: 'xp-print-host-at-limit', language: 'th', windows: ['th-TH', 'en-US'] },
  { scenario: 'xp-print-host-at-limit', language: 'de', windows: ['de-DE'] },
  { scenario: 'win10-german-cp850', language: 'th', windows: ['th-TH'] },
  { scenario: 'win10-german-cp850', language: 'de', windows: ['de-AT', 'en-GB'] },
];

for (const { scenario, language, windows } of WALKS) {
  test.describe(`${scenario} in ${language}, on a Windows whose display languages are ${windows.join(', ')}`, () => {
    test.use({ systemLanguages: windows, viewport: SMALL_WINDOW });

    test('from "what do you see" to the result, in that language at 800×600', async ({ app }, testInfo) => {
      const { page } = app;
      const t = translatorFor(language);
      const name = (step: string) => `${scenario}-${language}-${step}`;
      await page.goto('/');
      await expect(page.getByRole('heading', { name: t('welcome.heading') })).toBeFocused();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByLabel(t('welcome.language.label'))).toHaveValue(language);
      const demoPc = scenarioText(builtInScenario(scenario)!, language);
      await page.getByLabel(t('demo.picker.label')).selectOption(scenario);
      // The demo PC is named and described in the reader's language too.
      await expect(page.getByLabel(t('demo.picker.label')).locator('option:checked')).toHaveText(demoPc.title);
      await expect(page.locator('#demo-scenario-help')).toContainText(demoPc.description);
      await page.getByRole('radio', { name: t('welcome.symptom.error-on-others') }).check();
      await checkPage(page, testInfo, name('1-welcome'));
      await page.getByRole('button', { name: t('welcome.scanDemo') }).click();

      await expect(page.getByRole('heading', { name: t('findings.heading') })).toBeVisible();
      await expect(page.getByText(t('findings.scannedDemo', { title: demoPc.title }))).toBeVisible();
      await checkPage(page, testInfo, name('3-findings'));
      await page.getByRole('button', { name: t('findings.next') }).click();

      await expect(page.getByRole('heading', { name: t('fix.heading') })).toBeFocused();
      await checkPage(page, testInfo, name('4-choose-fix'));
      await page.getByRole('button', { name: t('fix.next') }).click();

      await expect(page.getByRole('heading', { name: t('confirm.heading') })).toBeFocused();
      await page.getByLabel(t('confirm.check')).check();
      await checkPage(page, testInfo, name('5-confirm'));
      await page.getByRole('button', { name: t('confirm.apply') }).click();

      await expect(page.getByRole('heading', { name: t('outcome.heading') })).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(t('outcome.status.applied'));
      await checkPage(page, testInfo, name('6-result'));
    });
  });
}

test.describe('the language picker on the first page', () => {
  test.use({ systemLanguages: ['en-US'] });

  test('switches every text at once without reloading, and is remembered', async ({ app }) => {
    const { page } = app;
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
    // Each language is offered in its own name, marked as being in that language.
    const picker = page.getByLabel('Language');
    await expect(picker.locator('option')).toHaveText(['English', 'ไทย', 'Deutsch']);
    await expect(picker.locator('option[lang="th"]')).toHaveText('ไทย');
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    await picker.selectOption('th');
    await expect(page.getByRole('heading', { name: 'คุณพบอาการแบบใด' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.getByRole('button', { name: translatorFor('th')('welcome.scanDemo') })).toBeVisible();
    await expect(page.getByLabel('พีซีสาธิต').locator('option:checked')).toHaveText('พีซีที่ต่อเครื่องพิมพ์ Windows XP Professional ใช้ไปครบทั้ง 10 ช่อง');
    await expect(page.getByText('What do you see?')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await page.getByLabel('ภาษา').selectOption('de');
    await expect(page.getByRole('heading', { name: translatorFor('de')('welcome.heading') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});
