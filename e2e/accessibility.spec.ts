import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { escapeHtml } from '../shared/report/report-html';
import { BUILT_IN_SCENARIOS, builtInScenario } from '../shared/simulated-host/scenarios';
import { expect, test } from './harness/app-test';
import { axeChecksOf, checkPage } from './harness/page-checks';

/**
 * Every step of every demo PC, as a new user walks it, checked by axe with no violation allowed and
 * photographed at 1280×800 and 800×600 (in the test's output folder). Per PC: the first page, the
 * findings, the report saved from them, the fixes, the confirmation and the result of one fix (and its
 * undo where it has one).
 */
const WALKS: Record<string, { symptom: RegExp; fix: RegExp; undo: boolean; restartFirst?: boolean }> = {
  'xp-print-host-at-limit': { symptom: /Other computers get/, fix: /Method 1/, undo: true },
  'win10-office-near-limit': { symptom: /Other computers get/, fix: /Free slots now/, undo: false },
  'win11-healthy': { symptom: /Other computers get/, fix: /Method 1/, undo: true },
  'xp-home-full': { symptom: /Other computers get/, fix: /Method 1/, undo: true },
  'win10-not-elevated': { symptom: /Other computers get/, fix: /Method 1/, undo: true, restartFirst: true },
  'win10-server-service-stopped': { symptom: /Other computers get/, fix: /Start file and printer sharing/, undo: true },
  'win10-client-shares-printer': { symptom: /This PC gets/, fix: /Method 2/, undo: true },
  'win10-german-cp850': { symptom: /Other computers get/, fix: /Method 1/, undo: true },
};

async function toFixes(page: Page) {
  await page.getByRole('button', { name: 'Choose a fix' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a fix', exact: true })).toBeFocused();
}

test.describe('accessibility of every step of every demo PC', () => {
  for (const scenario of BUILT_IN_SCENARIOS) {
    test(`${scenario.id}: axe finds nothing on any step, at 1280×800 and 800×600`, async ({ app }, testInfo) => {
      const { page } = app;
      const walk = WALKS[scenario.id]!;
      await page.goto('/');
      await page.getByLabel('Demo PC').selectOption(scenario.id);
      await page.getByRole('radio', { name: walk.symptom }).check();
      await checkPage(page, testInfo, `${scenario.id}-1-welcome`);
      await page.getByRole('button', { name: 'Scan the demo PC' }).click();
      await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeFocused();
      await checkPage(page, testInfo, `${scenario.id}-3-findings`);

      await page.getByRole('button', { name: 'Save report…' }).click();
      await expect(page.getByRole('dialog', { name: 'Save a report' })).toBeVisible();
      await checkPage(page, testInfo, `${scenario.id}-3-save-report`);
      // The report a user hands over, saved from the window for every demo PC: one self-contained page.
      const download = page.waitForEvent('download');
      await page.getByRole('dialog', { name: 'Save a report' }).getByRole('button', { name: 'Save' }).click();
      const report = readFileSync(await (await download).path(), 'utf8');
      expect(report).toMatch(/^<!doctype html>/);
      expect(report).not.toMatch(/<script|<link|\bsrc=/i);
      expect(report).toContain(escapeHtml(scenario.title));
      await expect(page.getByRole('status').filter({ hasText: 'The report is saved as' })).toBeFocused();

      await toFixes(page);
      await checkPage(page, testInfo, `${scenario.id}-4-choose-fix`);

      if (walk.restartFirst) {
        // Not elevated: restart as administrator from the fixes, which scans again and shows the findings.
        await page.getByRole('button', { name: 'Restart as administrator' }).click();
        await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeFocused();
        await checkPage(page, testInfo, `${scenario.id}-3-findings-as-administrator`);
        await toFixes(page);
      }

      await page.getByRole('radio', { name: walk.fix }).check();
      await page.getByRole('button', { name: 'Next: check what will change' }).click();
      await expect(page.getByRole('heading', { name: 'Check what will change' })).toBeFocused();
      const confirm = page.getByLabel('I have read what will change');
      await expect(confirm.or(page.getByRole('alert'))).toBeVisible();
      await checkPage(page, testInfo, `${scenario.id}-5-confirm`);
      if ((await confirm.count()) === 0) return;

      await confirm.check();
      await page.getByRole('button', { name: 'Make the change' }).click();
      await expect(page.getByRole('heading', { name: 'Result' })).toBeFocused();
      await checkPage(page, testInfo, `${scenario.id}-6-result`);
      if (walk.undo) {
        await page.getByRole('button', { name: 'Undo this change' }).click();
        await expect(page.getByRole('status').filter({ hasText: 'The change was undone.' })).toBeFocused();
        await checkPage(page, testInfo, `${scenario.id}-7-undone`);
      }
      console.log(`[accessibility] ${scenario.id}: ${axeChecksOf(testInfo)} page checks, no violations`);
    });
  }

  test.describe('while scanning', () => {
    const slow = {
      ...builtInScenario('win11-healthy')!,
      id: 'slow-pc',
      title: 'A slow PC',
      faults: { 'net session': { kind: 'delay' as const, ms: 600_000 } },
    };
    test.use({ demoScenarios: [slow] });

    test('the scan progress page, and the guide hidden and shown again', async ({ app }, testInfo) => {
      const { page } = app;
      await page.goto('/');
      await page.getByRole('button', { name: 'Hide the guide' }).click();
      await checkPage(page, testInfo, 'welcome-without-guide');
      await page.getByRole('button', { name: 'Show the guide' }).click();
      await page.getByRole('radio', { name: /Other computers get/ }).check();
      await page.getByRole('button', { name: 'Scan the demo PC' }).click();
      await expect(page.getByRole('heading', { name: 'Scanning' })).toBeFocused();
      await expect(page.locator('.scan-source', { hasText: 'Connected computers (net session)' })).toContainText('checking…');
      await checkPage(page, testInfo, 'scan-2-progress');
      await page.getByRole('button', { name: 'Stop the scan' }).click();
      await expect(page.getByRole('heading', { name: 'What do you see?' })).toBeFocused();
      console.log(`[accessibility] scan progress and guide: ${axeChecksOf(testInfo)} page checks, no violations`);
    });
  });
});
