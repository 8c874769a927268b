import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LEARN_MORE_LINKS } from '../shared/help/learn-more-links';
import { builtInScenario } from '../shared/simulated-host/scenarios';
import { expect, test } from './harness/app-test';

async function scan(page: Page, scenarioId: string, symptom = /Other computers get/) {
  await page.goto('/');
  await page.getByLabel('Demo PC').selectOption(scenarioId);
  await page.getByRole('radio', { name: symptom }).check();
  await page.getByRole('button', { name: 'Scan the demo PC' }).click();
  await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeFocused();
}

const findingsHeading = (page: Page) => page.getByRole('heading', { name: 'What Workgroup Doctor found' });

test.describe('a first run without administrator rights', () => {
  test('Findings says what was not checked and why, and restarts as administrator right there; the demo PC is scanned again', async ({ app }) => {
    const { page } = app;
    await scan(page, 'win10-not-elevated');
    const notChecked = page.getByRole('region', { name: 'Not checked' });
    await expect(notChecked).toContainText('Which computers are connected, and how many slots they use — Windows shows this only to an administrator.');
    // Counts read right, and no internal ids reach the user.
    await expect(page.getByText('1 computer is connected to this PC')).toBeVisible();
    await expect(page.locator('[data-finding="not-elevated"] > p')).not.toContainText(/net-session|net-file|net-config-server/);
    await notChecked.getByRole('button', { name: 'Restart as administrator' }).click();
    await expect(findingsHeading(page)).toBeFocused();
    await expect(page.getByRole('status')).toContainText('now runs as an administrator and has scanned again');
    await expect(page.getByRole('region', { name: 'Not checked' })).toHaveCount(0);
    await expect(page.getByText('1 of 20 connections in use')).toBeVisible();
  });

  test('Choose a fix never says "nothing needs fixing" while something could not be read, and offers the restart', async ({ app }) => {
    const { page } = app;
    await scan(page, 'win10-not-elevated');
    await page.getByRole('button', { name: 'Choose a fix' }).click();
    await expect(page.getByText('Nothing needs fixing')).toHaveCount(0);
    await expect(page.getByText('Workgroup Doctor cannot recommend a fix yet.')).toBeVisible();
    await expect(page.getByText('Some things could not be read, so a fix chosen now could be the wrong one')).toBeVisible();
    // A fix whose need was not read is "Not checked", never "Not needed now".
    await expect(page.locator('[data-action="method-1"] .badge')).toHaveText('Not checked');
    await expect(page.locator('[data-action="autodisconnect"] .badge')).toHaveText('Not needed now');
    await page.getByRole('button', { name: 'Restart as administrator' }).click();
    await expect(findingsHeading(page)).toBeFocused();
  });

  test('Server service stopped: Findings names the problem and Choose a fix offers, first, the fix that starts it', async ({ app }) => {
    const { page } = app;
    await scan(page, 'win10-server-service-stopped');
    await expect(page.locator('[data-finding="server-service-stopped"]')).toBeVisible();
    await page.getByRole('button', { name: 'Choose a fix' }).click();
    await expect(page.getByText('Nothing needs fixing')).toHaveCount(0);
    await expect(page.getByText('Workgroup Doctor cannot recommend a fix yet.')).toHaveCount(0);
    const start = page.getByRole('radio', { name: /Start file and printer sharing/ });
    await expect(start).toBeChecked();
    await expect(page.locator('[data-action="start-server"] .badge')).toHaveText('Recommended');
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await expect(page.getByRole('heading', { name: 'Check what will change' })).toBeFocused();
    await expect(page.getByText('Start the Server service', { exact: true })).toBeVisible();
  });
});

test.describe('a healthy PC', () => {
  test('says what to try next, and Scan again (not Choose a fix) is the main button; it scans with the same symptom', async ({ app }) => {
    const { page } = app;
    await scan(page, 'win11-healthy');
    const next = page.getByRole('region', { name: 'What to try next' });
    await expect(next).toContainText('Scan again while the error is showing');
    await expect(next).toContainText('Run Workgroup Doctor on the other PC too');
    await expect(next).toContainText('comes from Remote Desktop');
    await expect(next).toContainText('error 1219');
    await expect(page.getByRole('button', { name: 'Scan again' })).toHaveClass(/primary/);
    await expect(page.getByRole('button', { name: 'Choose a fix' })).not.toHaveClass(/primary/);
    // The usage bar has a legend.
    await expect(page.locator('.gauge-legend')).toContainText('2 connections with a user name');
    await expect(page.locator('.gauge-legend')).toContainText('0 anonymous connections (null sessions)');
    await expect(page.locator('.gauge-legend')).toContainText('18 free slots');

    await page.getByRole('button', { name: 'Scan again' }).click();
    await expect(findingsHeading(page)).toBeFocused();
    // A new scan of the same PC, not the first page again.
    await expect(page.getByRole('radio')).toHaveCount(0);
    expect(app.log.filter((line) => line.includes('scan finished'))).toHaveLength(2);
  });
});

test.describe('Scan again, in place', () => {
  // Get-Printer never answers and is stopped at its time limit (45 s): the rescan stays in progress that
  // long, while the session list, and so the usage bar, is read as usual.
  const slowToAnswer = {
    ...builtInScenario('win11-healthy')!,
    id: 'slow-to-answer',
    title: 'A healthy PC whose printer list is slow',
    faults: { powershell: { kind: 'hang' as const } },
  };
  test.use({ demoScenarios: [slowToAnswer] });

  test('keeps the findings on screen with the progress above them; Stop leaves them as they were', async ({ app }, testInfo) => {
    const { page } = app;
    await page.goto('/');
    await page.getByRole('radio', { name: /Other computers get/ }).check();
    await page.getByRole('button', { name: 'Scan the demo PC' }).click();
    // The first scan waits for the slow answer too: a safety net, not a speed limit.
    await expect(findingsHeading(page)).toBeFocused({ timeout: 600_000 });
    await page.getByRole('button', { name: 'Scan again' }).click();
    const rescan = page.getByRole('region', { name: 'Scanning again…' });
    await expect(rescan.getByRole('heading', { name: 'Scanning again…' })).toBeFocused();
    await expect(rescan.locator('.scan-source', { hasText: 'Printers (Get-Printer)' })).toContainText('checking…');
    await expect(findingsHeading(page)).toBeVisible();
    await expect(page.getByText('2 of 20 connections in use')).toBeVisible();
    await expect(page.locator('[aria-current="step"]')).toContainText('Findings');
    // axe at this window size only: the rescan lasts as long as Get-Printer's time limit.
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('findings-rescanning.png'), fullPage: true });
    await rescan.getByRole('button', { name: 'Stop the scan' }).click();
    await expect(findingsHeading(page)).toBeFocused();
    await expect(rescan).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Scan again' })).toBeVisible();
  });
});

test.describe('the XP print host, as a home user and a technician read it', () => {
  test('one recommended fix, client types by name, counts that match their lists, a step bar that goes back', async ({ app }) => {
    const { page } = app;
    await scan(page, 'xp-print-host-at-limit');
    const sessions = page.getByRole('table', { name: /Connections grouped by computer/ });
    await expect(sessions).toContainText('Windows XP');
    await expect(sessions).toContainText('Windows 7 Professional');
    await expect(sessions).not.toContainText('Windows 2002 Serv');
    await expect(page.getByRole('heading', { name: 'Computers that have not used their connection for an hour or more (4)' })).toBeVisible();
    await expect(page.locator('.gauge-legend')).toContainText('no free slot');

    await page.getByRole('button', { name: 'Choose a fix' }).click();
    await expect(page.locator('.fix .badge-ok')).toHaveCount(1);
    await expect(page.locator('[data-action]').first()).toContainText('Recommended');
    await expect(page.locator('[data-action="method-2"]')).toContainText('Also helps');
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await expect(page.getByRole('heading', { name: 'Check what will change' })).toBeFocused();

    const steps = page.getByRole('navigation', { name: 'Progress' });
    await expect(steps.getByRole('button')).toHaveText([/What you see/, /Findings/, /Choose a fix/]);
    await steps.getByRole('button', { name: /Choose a fix/ }).click();
    await expect(page.getByRole('heading', { name: 'Choose a fix', exact: true })).toBeFocused();
    await expect(page.getByRole('radio', { name: /Method 1/ })).toBeChecked();
    await steps.getByRole('button', { name: /Findings/ }).click();
    await expect(findingsHeading(page)).toBeFocused();
  });

  test('a disconnect says it cannot be undone, and never that it is saved first', async ({ app }) => {
    const { page } = app;
    await scan(page, 'win10-office-near-limit');
    await page.getByRole('button', { name: 'Choose a fix' }).click();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await expect(page.getByText('This cannot be undone.', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Saved first' })).toHaveCount(0);
    await expect(page.getByText('can be undone later')).toHaveCount(0);
  });

  test('after Undo, focus goes to what happened and the page says what was undone, not "before and after" the change', async ({ app }) => {
    const { page } = app;
    await scan(page, 'xp-print-host-at-limit');
    await page.getByRole('button', { name: 'Choose a fix' }).click();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await page.getByLabel('I have read what will change').check();
    await page.getByRole('button', { name: 'Make the change' }).click();
    await expect(page.getByRole('heading', { name: 'Before and after' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo this change' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The change was undone.' })).toBeFocused();
    await expect(page.getByText('The change that was taken back: Turn on RestrictAnonymous')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Before and after' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Before the change, and now that it is undone' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Now, after the undo' })).toBeVisible();

    // Scan again from the result scans, with the same symptom.
    await page.getByRole('button', { name: 'Scan again' }).click();
    await expect(findingsHeading(page)).toBeFocused();
    await expect(page.getByText('10 of 10 connections in use')).toBeVisible();
  });

  test('command blocks can be reached and scrolled by keyboard, and each has a name', async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 600 });
    await scan(page, 'xp-print-host-at-limit');
    await page.getByText('Details for technicians').click();
    for (const summary of await page.locator('.raw-output summary').all()) await summary.click();
    const blocks = page.locator('.raw-output .command-block pre');
    // Whichever output is wider than an 800-pixel window: it scrolls instead of being cut off.
    const wide = await blocks.evaluateAll((elements) => elements.findIndex((element) => element.scrollWidth > element.clientWidth));
    expect(wide, 'an output wider than the window').toBeGreaterThanOrEqual(0);
    const block = blocks.nth(wide);
    await expect(block).toHaveAttribute('tabindex', '0');
    await expect(block).toHaveAccessibleName(/.+/);
    await block.focus();
    await expect(block).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => block.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});

test.describe('handing the result on', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy puts the summary and the proof on the clipboard', async ({ app }) => {
    const { page } = app;
    await scan(page, 'xp-print-host-at-limit');
    await page.getByRole('button', { name: 'Copy a summary' }).click();
    await expect(page.locator('.pass-on')).toContainText('Copied.');
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary).toMatch(/^Workgroup Doctor scanned PRINTHOST \(Microsoft Windows XP\) on .*10 of 10 connections in use, 4 of them anonymous\./);
    expect(summary).toContain('Fix to do first: Method 1: stop anonymous connections on this PC.');

    const finding = page.locator('[data-finding="limit-reached"]');
    await finding.getByText('Proof from this PC').click();
    await finding.getByRole('button', { name: 'Copy the proof' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^net-config-server:\d+ +Maximum logged on users\s+10/i);
  });

  test('Save report… saves the report the user chose (Markdown, names hidden) as a download, and says where', async ({ app }) => {
    const { page } = app;
    await scan(page, 'xp-print-host-at-limit');
    await page.getByRole('button', { name: 'Save report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save a report' });
    await expect(dialog.getByRole('radio', { name: /Web page \(HTML\)/ })).toBeChecked();
    await dialog.getByRole('radio', { name: /Text \(Markdown\)/ }).check();
    await dialog.getByRole('checkbox', { name: /Hide user names/ }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^workgroup-doctor-.+\.md$/);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text).toContain('# Workgroup Doctor report');
    expect(text).toContain('computer-1');
    expect(text).not.toContain('OFFICE2');
    await expect(page.getByRole('status').filter({ hasText: `The report is saved as ${file.suggestedFilename()}` })).toBeFocused();
  });
});

test.describe('the guide', () => {
  test('is on in demo mode, explains the words, links only to Microsoft in a new tab, and remembers being hidden', async ({ app }) => {
    const { page } = app;
    await page.goto('/');
    const guide = page.getByRole('complementary', { name: 'Guide to this step' });
    await expect(guide).toContainText('For trainers');
    await scan(page, 'xp-print-host-at-limit');
    await expect(guide).toContainText('On this demo PC:');
    for (const term of ['Null session', 'RestrictAnonymous', '\\PIPE\\spoolss', 'Automatic disconnect', 'Connection limit'])
      await expect(guide).toContainText(term);
    const links = guide.getByRole('link');
    await expect(links.first()).toBeVisible();
    for (const link of await links.all()) {
      expect(Object.values(LEARN_MORE_LINKS)).toContain(await link.getAttribute('href'));
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await page.getByRole('button', { name: 'Hide the guide' }).click();
    await expect(guide).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show the guide' })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Show the guide' })).toBeVisible();
    await expect(guide).toHaveCount(0);
  });

  test('in a narrow window it comes before the step, folded to its heading, and opens by keyboard', async ({ app }, testInfo) => {
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 600 });
    await scan(page, 'xp-print-host-at-limit');
    const guide = page.getByRole('complementary', { name: 'Guide to this step' });
    // Before the step in reading order, so it is not lost below a long page.
    const guideFirst = await page.evaluate(() => {
      const aside = document.querySelector('aside.guide');
      const main = document.querySelector('main');
      return aside !== null && main !== null && (aside.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(guideFirst).toBe(true);
    await expect(guide.getByText('What this step does')).toBeHidden();
    await guide.locator('summary').first().focus();
    await page.keyboard.press('Enter');
    await expect(guide.getByText('What this step does')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('guide-narrow-open-800x600.png') });
  });
});
