import type { Locator, Page, TestInfo } from '@playwright/test';
import { BUILT_IN_SCENARIOS, builtInScenario } from '../shared/simulated-host/scenarios';
import { expect, test } from './harness/app-test';

/** What the user should see for each scenario, in the words the app uses. */
const EXPECTED: Record<
  string,
  { symptom: RegExp; gauge: RegExp | null; findings: string[]; firstFix: RegExp; recommended: boolean; notChecked?: boolean; tableText?: string[] }
> = {
  'xp-print-host-at-limit': {
    symptom: /Other computers get/,
    gauge: /10 of 10 connections in use/,
    findings: ['All 10 connection slots are in use', 'Printer connections hold slots open (5)', 'Anonymous connections are taking slots (4)'],
    firstFix: /Method 1: stop anonymous connections/,
    recommended: true,
    tableText: ['OFFICE2', '\\PIPE\\spoolss', 'HPLaserJet'],
  },
  'win10-office-near-limit': {
    symptom: /Other computers get/,
    gauge: /19 of 20 connections in use/,
    findings: ['Almost all connection slots are in use (19 of 20)', 'Idle connections are never closed'],
    firstFix: /Free slots now: disconnect idle computers/,
    recommended: true,
  },
  'win11-healthy': {
    symptom: /Other computers get/,
    gauge: /2 of 20 connections in use/,
    findings: [],
    firstFix: /Method 1/,
    recommended: false,
  },
  'xp-home-full': {
    symptom: /Other computers get/,
    gauge: /5 of 5 connections in use/,
    findings: ['All 5 connection slots are in use', 'Anonymous connections are taking slots (3)'],
    firstFix: /Method 1/,
    recommended: true,
  },
  'win10-not-elevated': {
    symptom: /Other computers get/,
    gauge: null,
    findings: ['Some information needs administrator rights'],
    firstFix: /Method 1/,
    recommended: false,
    // Whether it is needed could not be read without administrator rights: never "not needed now".
    notChecked: true,
  },
  'win10-server-service-stopped': {
    symptom: /Other computers get/,
    gauge: null,
    findings: ['File and printer sharing is switched off (the Server service is stopped)'],
    firstFix: /Start file and printer sharing/,
    recommended: true,
  },
  'win10-client-shares-printer': {
    symptom: /This PC gets/,
    gauge: /0 of 20 connections in use/,
    findings: ['This PC shares a printer (Canon)'],
    firstFix: /Method 2/,
    recommended: true,
  },
  'win10-german-cp850': {
    symptom: /Other computers get/,
    gauge: /18 of 20 connections in use/,
    findings: ['Almost all connection slots are in use (18 of 20)', 'Anonymous connections are taking slots (2)'],
    firstFix: /Method 1/,
    recommended: true,
    tableText: ['jürgen', 'bärbel', 'Angebote März.docx'],
  },
};

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test.describe('the wizard in demo mode, on each simulated PC', () => {
  for (const scenario of BUILT_IN_SCENARIOS) {
    test(`${scenario.id}: from "what do you see" to "choose a fix"`, async ({ app }, testInfo) => {
      const { page } = app;
      const expected = EXPECTED[scenario.id]!;
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'What do you see?' })).toBeFocused();
      await page.getByLabel('Demo PC').selectOption(scenario.id);
      await expect(page.getByText(scenario.description)).toBeVisible();
      const scan = page.getByRole('button', { name: 'Scan the demo PC' });
      await expect(scan).toBeDisabled();
      await page.getByRole('radio', { name: expected.symptom }).check();
      await shot(page, testInfo, `${scenario.id}-1-welcome`);
      await scan.click();

      await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeVisible();
      if (expected.gauge) await expect(page.getByText(expected.gauge)).toBeVisible();
      else await expect(page.getByText(/could not be read/).first()).toBeVisible();
      for (const title of expected.findings) await expect(page.getByRole('heading', { name: title })).toBeVisible();
      for (const text of expected.tableText ?? []) await expect(page.getByRole('table').getByText(text, { exact: false }).first()).toBeVisible();
      await page.getByText('Details for technicians').click();
      await page.locator('.raw-output summary', { hasText: 'Connected computers (net session)' }).click();
      await expect(page.locator('.raw-output pre').first()).toBeVisible();
      await shot(page, testInfo, `${scenario.id}-3-findings`);

      await page.getByRole('button', { name: 'Choose a fix' }).click();
      await expect(page.getByRole('heading', { name: 'Choose a fix' })).toBeFocused();
      const firstFix = page.locator('[data-action]').first();
      await expect(firstFix).toContainText(expected.firstFix);
      await expect(firstFix).toContainText(expected.recommended ? 'Recommended' : expected.notChecked ? 'Not checked' : 'Not needed now');
      await expect(firstFix).toContainText('What it changes');
      await expect(firstFix).toContainText('What could go wrong');
      await expect(firstFix).toContainText('Restart');
      if (expected.recommended) await expect(firstFix.getByRole('radio')).toBeChecked();
      await shot(page, testInfo, `${scenario.id}-4-choose-fix`);

      await page.getByRole('button', { name: 'Back to the findings' }).click();
      await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeVisible();
    });
  }
});

test.describe('scan progress and cancel', () => {
  const slow = { ...builtInScenario('win11-healthy')!, id: 'slow-pc', title: 'A slow PC', faults: { 'net session': { kind: 'delay' as const, ms: 15_000 } } };
  test.use({ demoScenarios: [slow] });

  test('shows each check as it finishes, and stopping returns to the start with nothing changed', async ({ app }, testInfo) => {
    const { page } = app;
    await page.goto('/');
    await page.getByRole('radio', { name: /Other computers get/ }).check();
    await page.getByRole('button', { name: 'Scan the demo PC' }).click();
    await expect(page.getByRole('heading', { name: 'Scanning' })).toBeFocused();
    await expect(page.locator('.scan-source.status-ok').first()).toBeVisible();
    await expect(page.locator('.scan-source', { hasText: 'Connected computers (net session)' })).toContainText('checking…');
    await expect(page.getByText(/of 13 checks finished/)).toBeVisible();
    await shot(page, testInfo, 'scan-2-progress');
    await page.getByRole('button', { name: 'Stop the scan' }).click();
    await expect(page.getByRole('status')).toContainText('The scan was stopped. Nothing was changed.');
    await expect(page.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
    expect(app.log.some((line) => line.includes('scan cancelled by the user'))).toBe(true);
  });
});

test.describe('keyboard only', () => {
  test('the whole way to the fixes without a mouse', async ({ app }) => {
    const { page } = app;
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'What do you see?' })).toBeFocused();
    await page.keyboard.press('Tab'); // the demo picker
    await expect(page.getByLabel('Demo PC')).toBeFocused();
    await page.keyboard.press('Tab'); // the first choice
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /Other computers get/ })).toBeChecked();
    await page.keyboard.press('Tab'); // watching the connections
    await expect(page.getByRole('button', { name: 'Watch connections' })).toBeFocused();
    await page.keyboard.press('Tab'); // the help disclosure
    await page.keyboard.press('Tab'); // the scan button
    await expect(page.getByRole('button', { name: 'Scan the demo PC' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeFocused();
    await page.getByRole('button', { name: 'Choose a fix' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Choose a fix' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: /Method 1/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /Method 2/ })).toBeChecked();
  });

  test('a whole fix without a mouse: scan, save the report, choose, confirm, apply and undo; focus never falls to the page', async ({ app }) => {
    const { page } = app;
    /** Presses Tab until the element has focus: what a keyboard user does, however many stops lie between. */
    const tabTo = async (target: Locator) => {
      for (let presses = 0; presses < 300; presses++) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${target.toString()}`);
    };
    const focusIsOnSomething = () => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body);

    await page.goto('/');
    // The first demo PC, the XP print host, is chosen already: nothing to pick with the mouse.
    await expect(page.getByLabel('Demo PC')).toHaveValue('xp-print-host-at-limit');
    await tabTo(page.getByRole('radio', { name: /Other computers get/ }));
    await page.keyboard.press('Space');
    await tabTo(page.getByRole('button', { name: 'Scan the demo PC' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeFocused();

    await tabTo(page.getByRole('button', { name: 'Save report…' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Save a report' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Save report…' })).toBeFocused();

    await tabTo(page.getByRole('button', { name: 'Choose a fix' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Choose a fix' })).toBeFocused();
    await tabTo(page.getByRole('button', { name: 'Next: check what will change' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Check what will change' })).toBeFocused();
    await tabTo(page.getByLabel('I have read what will change'));
    await page.keyboard.press('Space');
    await tabTo(page.getByRole('button', { name: 'Make the change' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Result' })).toBeFocused();

    await tabTo(page.getByRole('button', { name: 'Undo this change' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'The change was undone.' })).toBeFocused();
    expect(await focusIsOnSomething()).toBe(true);

    // The step bar goes back by keyboard too.
    await tabTo(page.getByRole('button', { name: /Findings/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeFocused();
  });
});
