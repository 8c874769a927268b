import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { DEMO_TIME_SCALE_ENV } from '../electron/host/simulated-host/demo-time-scale';
import type { Scenario } from '../shared/simulated-host/scenario';
import { builtInScenario } from '../shared/simulated-host/scenarios';
import { expect, test, type AppUnderTest } from './harness/app-test';

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

async function expectNoAxeViolationsInTheMonitor(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('.monitor').analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

const watching = (app: AppUnderTest) => app.host.monitorStatus().watching;

/**
 * The built-in XP print host and Windows 10 office, with their days running ten times faster (the XP
 * print host fills its last slot about 6 s after the watch starts) and without their loop, so the day
 * does not begin again while the test looks at the full PC, however slow this machine is.
 */
const once = (id: string): Scenario => {
  const scenario = builtInScenario(id)!;
  return { ...scenario, timeline: { events: scenario.timeline!.events } };
};
test.use({
  appEnv: { [DEMO_TIME_SCALE_ENV]: '10' },
  // A list as a fixture's value is wrapped: Playwright would read [value, value] as [value, options].
  demoScenarios: [[once('xp-print-host-at-limit'), once('win10-office-near-limit')], { scope: 'test' }],
});

test.describe('watching the connections', () => {
  test('XP print host, from the first page: the slots fill up until the banner says none is left', async ({ app }, testInfo) => {
    const { page } = app;
    await page.goto('/');
    await page.getByLabel('Demo PC').selectOption('xp-print-host-at-limit');
    await shot(page, testInfo, 'monitor-0-first-page');
    // Demo mode shows the guide beside the wizard's steps; the monitor's page has no step to explain.
    await expect(page.getByRole('complementary', { name: 'Guide to this step' })).toBeVisible();
    await page.getByRole('button', { name: 'Watch connections' }).click();

    await expect(page.getByRole('heading', { name: 'Watching the connections' })).toBeFocused();
    await expect(page.getByRole('complementary', { name: 'Guide to this step' })).toHaveCount(0);
    // The controls in reading order, by keyboard.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('Tab');
    const interval = page.getByLabel('Ask every');
    await expect(interval).toBeFocused();
    await interval.selectOption('2');
    // The day of the simulated PC begins at the first check.
    const summary = page.locator('#monitor-summary');
    await expect(summary).toHaveText(/^In use now: 5 of 10 connections, 2 of them anonymous\./);
    // Save as CSV can be used (and reached) once there is something to save.
    await interval.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save as CSV' })).toBeFocused();
    await expect(page.getByRole('img', { name: 'Connections in use over time' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Watching: Windows is asked every 2 seconds.');
    // Changed while watching: the host's watch goes on at the new pace.
    await expect.poll(() => app.host.monitorStatus()).toMatchObject({ watching: true, intervalSeconds: 2 });
    await shot(page, testInfo, 'monitor-1-first-check');

    const banner = page.getByRole('alert');
    await expect(banner).toContainText('No connection slot is left: the next computer that connects gets System error 71.');
    await expect(banner).toContainText('The newest arrivals:');
    await expect(banner).toContainText('LAPTOP1');
    await expect(summary).toHaveText(/^In use now: 10 of 10 connections, 4 of them anonymous\. The most so far: 10, at /);
    const changes = page.getByRole('table', { name: 'Arrivals and departures' });
    const printerChannel = changes.getByRole('row').filter({ hasText: 'LAPTOP1' }).filter({ hasText: 'anonymous (null session)' });
    await expect(printerChannel).toContainText('Connected');
    await expect(printerChannel).toContainText('\\PIPE\\spoolss');
    await shot(page, testInfo, 'monitor-2-no-slot-left');
    await expectNoAxeViolationsInTheMonitor(page);

    await page.setViewportSize({ width: 800, height: 600 });
    await expect(banner).toBeVisible();
    await shot(page, testInfo, 'monitor-3-800x600');
    await page.screenshot({ path: testInfo.outputPath('monitor-3-800x600-viewport.png') });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect((await download).suggestedFilename()).toMatch(/^workgroup-doctor-connections-\d{4}-\d\d-\d\d-\d\d-\d\d\.csv$/);
    expect(csv).toMatch(/^time,connections,anonymous,limit\r\n\d{4}-\d\d-\d\dT[\d:.]+Z,5,2,10\r\n/);
    expect(csv).toContain('time,change,computer,user,opened\r\n');
    expect(csv).toMatch(/Z,joined,LAPTOP1,,\\PIPE\\spoolss\r\n/);

    // Pause and Resume by keyboard: the focus stays on the button, whichever it says.
    await page.getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Paused. The chart keeps what was seen so far; Resume goes on from here.');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
    await expect.poll(() => watching(app)).toBe(false);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    expect(watching(app)).toBe(true);

    await page.getByRole('button', { name: 'Stop watching and go back' }).click();
    await expect(page.getByRole('heading', { name: 'What do you see?' })).toBeFocused();
    await expect.poll(() => watching(app)).toBe(false);
  });

  test('Windows 10 office, from the findings: watching starts below the limit taken from the scan; going back stops it and keeps the findings', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await page.goto('/');
    await page.getByLabel('Demo PC').selectOption('win10-office-near-limit');
    await page.getByRole('radio', { name: /Other computers get/ }).check();
    await page.getByRole('button', { name: 'Scan the demo PC' }).click();
    await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeVisible();
    await page.getByRole('button', { name: 'Watch connections' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('monitor-office-findings.png') });
    await page.getByRole('button', { name: 'Watch connections' }).click();

    await expect(page.getByRole('heading', { name: 'Watching the connections' })).toBeFocused();
    // The limit comes from the scan; the office's day begins with 14 of its 20 slots in use.
    await expect(page.locator('#monitor-summary')).toHaveText(/^In use now: 14 of 20 connections, none of them anonymous\./);
    await expect(page.getByRole('alert')).toContainText('No connection slot is left');
    await shot(page, testInfo, 'monitor-office-one-left');
    await expectNoAxeViolationsInTheMonitor(page);
    expect(watching(app)).toBe(true);

    await page.getByRole('button', { name: 'Stop watching and go back' }).click();
    await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeVisible();
    await expect.poll(() => watching(app)).toBe(false);
  });
});
