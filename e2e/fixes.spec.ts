import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { findKey, findValue, LSA_KEY, withRegistryValue } from '../shared/simulated-host/host-registry';
import type { Scenario } from '../shared/simulated-host/scenario';
import { expect, test, type AppUnderTest } from './harness/app-test';

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

async function scanToFixes(page: Page, scenarioId: string, symptom: RegExp) {
  await page.goto('/');
  await page.getByLabel('Demo PC').selectOption(scenarioId);
  await page.getByRole('radio', { name: symptom }).check();
  await page.getByRole('button', { name: 'Scan the demo PC' }).click();
  await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeVisible();
  await page.getByRole('button', { name: 'Choose a fix' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a fix' })).toBeVisible();
}

const restrictAnonymous = (app: AppUnderTest) => {
  const state: Scenario = app.demo!.host().state();
  return findValue(findKey(state, LSA_KEY)!.values, 'restrictanonymous')?.[1].data;
};

test.describe('fixes, on the simulated PCs', () => {
  test('XP print host: Method 1 → confirm → apply → verify → undo puts the registry back', async ({ app }, testInfo) => {
    const { page } = app;
    await scanToFixes(page, 'xp-print-host-at-limit', /Other computers get/);
    await expect(page.getByRole('radio', { name: /Method 1/ })).toBeChecked();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();

    await expect(page.getByRole('heading', { name: 'Check what will change' })).toBeFocused();
    await expect(page.getByText('Set RestrictAnonymous to 1')).toBeVisible();
    await expect(page.getByRole('note', { name: 'Before you go on' })).toContainText('Network list');
    await expect(page.getByText('On this older version of Windows a restart may be needed')).toBeVisible();
    await page.getByText('Exact commands (for technicians)').click();
    await expect(page.locator('.plan pre')).toContainText('Backup: reg export HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa');
    await expect(page.locator('.plan pre')).toContainText(
      'Change: reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RestrictAnonymous /t REG_DWORD /d 1 /f',
    );
    await expect(page.locator('.plan pre')).toContainText(
      'Undo: reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RestrictAnonymous /t REG_DWORD /d 0 /f',
    );
    const apply = page.getByRole('button', { name: 'Make the change' });
    await expect(apply).toBeDisabled();
    await shot(page, testInfo, 'method-1-5-confirm');
    expect(restrictAnonymous(app)).toBe(0);
    await page.getByLabel('I have read what will change').check();
    await apply.click();

    await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('The change was made and checked.');
    const row = page.locator('tr[data-finding="restrict-anonymous-off"]');
    await expect(row.locator('td').nth(0)).toHaveText('found');
    await expect(row.locator('td').nth(1)).toHaveText('gone');
    await expect(page.getByText('Anonymous connections that already existed stay')).toBeVisible();
    await expect(page.getByText(/Next, try: Method 2/)).toBeVisible();
    expect(restrictAnonymous(app)).toBe(1);
    await shot(page, testInfo, 'method-1-6-result');

    await page.getByRole('button', { name: 'Undo this change' }).click();
    await expect(page.getByText('Undone: the saved settings were put back.')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('The change was undone.');
    expect(restrictAnonymous(app)).toBe(0);
    await shot(page, testInfo, 'method-1-7-undone');
  });

  test('client PC: Method 2 stops sharing its printer, and undo shares it again under the same name', async ({ app }, testInfo) => {
    const { page } = app;
    await scanToFixes(page, 'win10-client-shares-printer', /This PC gets/);
    await expect(page.getByRole('radio', { name: /Method 2/ })).toBeChecked();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await expect(page.getByRole('checkbox', { name: /Canon PIXMA TS5150/ })).toBeChecked();
    await expect(page.getByText('Stop sharing the printer Canon PIXMA TS5150 (shared as Canon)')).toBeVisible();
    await expect(page.getByText('Other computers that print through this PC')).toBeVisible();
    await shot(page, testInfo, 'method-2-5-confirm');
    await page.getByLabel('I have read what will change').check();
    await page.getByRole('button', { name: 'Make the change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was made and checked.');
    await expect(page.getByText('It worked: what this fix was for is gone.')).toBeVisible();
    expect(app.demo!.host().state().printers[0]).toMatchObject({ name: 'Canon PIXMA TS5150', shared: false });
    await shot(page, testInfo, 'method-2-6-result');
    await page.getByRole('button', { name: 'Undo this change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was undone.');
    expect(app.demo!.host().state().printers[0]).toMatchObject({ shared: true, shareName: 'Canon' });
  });

  test('disconnect: several idle computers can be ticked; their open files and the warning come first', async ({ app }, testInfo) => {
    const { page } = app;
    await scanToFixes(page, 'win10-office-near-limit', /Other computers get/);
    await expect(page.getByRole('radio', { name: /Free slots now/ })).toBeChecked();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    const choices = page.getByRole('group', { name: 'Computers to disconnect' });
    // The suggestion (idle longest) comes first and is ticked; any connected computer can be added.
    await expect(choices.getByRole('checkbox').first()).toHaveAccessibleName(/^192\.168\.10\.118/);
    await expect(choices.getByRole('checkbox', { name: /^192\.168\.10\.118/ })).toBeChecked();
    await expect(choices.getByRole('checkbox', { name: /^192\.168\.10\.101/ })).toHaveAccessibleName(/1 file open here/);
    await choices.getByRole('checkbox', { name: /^192\.168\.10\.101/ }).check();
    await expect(page.getByRole('heading', { name: 'Files these computers have open here' })).toBeVisible();
    await expect(page.getByText('C:\\Shares\\Projects\\Plan 2027.docx')).toBeVisible();
    await expect(page.getByText(/192\.168\.10\.101 has files open on this PC.*can be lost/)).toBeVisible();
    await expect(page.getByText('End the connection from 192.168.10.118')).toBeVisible();
    await expect(page.getByText('End the connection from 192.168.10.101')).toBeVisible();
    await expect(page.getByText('This cannot be undone.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Make the change' })).toBeDisabled();
    await shot(page, testInfo, 'disconnect-5-confirm');
    await page.getByLabel('I have read what will change').check();
    await page.getByRole('button', { name: 'Make the change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was made and checked.');
    await expect(page.locator('.compare tbody tr').first().locator('td')).toHaveText(['19', '17']);
    await expect(page.getByRole('button', { name: 'Undo this change' })).toHaveCount(0);
    const sessions = app.demo!.host().state().sessions;
    expect(sessions.some((s) => s.computer === '192.168.10.101' || s.computer === '192.168.10.118')).toBe(false);
    await shot(page, testInfo, 'disconnect-6-result');
  });

  test('disconnect can close just one of the client’s files instead (net file ID /close)', async ({ app }) => {
    const { page } = app;
    await scanToFixes(page, 'win10-office-near-limit', /Other computers get/);
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    const choices = page.getByRole('group', { name: 'Computers to disconnect' });
    await choices.getByRole('checkbox', { name: /^192\.168\.10\.101/ }).check();
    await choices.getByRole('checkbox', { name: /^192\.168\.10\.118/ }).uncheck();
    await expect(page.getByRole('heading', { name: 'Files this computer has open here' })).toBeVisible();
    await page.getByRole('button', { name: 'Close only this file instead' }).click();
    await expect(page.getByRole('heading', { name: 'The file that will be closed' })).toBeVisible();
    await expect(page.getByText('Close C:\\Shares\\Projects\\Plan 2027.docx').first()).toBeVisible();
    await page.getByLabel('I have read what will change').check();
    await page.getByRole('button', { name: 'Make the change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was made and checked.');
    const state = app.demo!.host().state();
    expect(state.openFiles.some((f) => f.path === 'C:\\Shares\\Projects\\Plan 2027.docx')).toBe(false);
    expect(state.sessions.some((s) => s.computer === '192.168.10.101')).toBe(true);
  });

  test('Server service stopped: start it (start type first), then undo puts the start type back and stops it', async ({ app }, testInfo) => {
    const { page } = app;
    const service = () => {
      const state = app.demo!.host().state();
      return { running: state.serverServiceRunning, startType: state.serverStartType };
    };
    await scanToFixes(page, 'win10-server-service-stopped', /Other computers get/);
    await expect(page.getByRole('radio', { name: /Start file and printer sharing/ })).toBeChecked();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await expect(page.getByRole('heading', { name: 'Check what will change' })).toBeFocused();
    await expect(page.getByText('its start type was disabled before')).toBeVisible();
    await expect(page.getByText('Set the Server service to start automatically')).toBeVisible();
    await expect(page.getByText('Start the Server service', { exact: true })).toBeVisible();
    await expect(page.getByRole('note', { name: 'Before you go on' })).toContainText('If someone stopped the Server service on purpose');
    await page.getByText('Exact commands (for technicians)').click();
    await expect(page.locator('.plan pre')).toContainText('Change: sc config lanmanserver start= auto');
    await expect(page.locator('.plan pre')).toContainText('Undo: net stop lanmanserver /y');
    await shot(page, testInfo, 'start-server-5-confirm');
    expect(service()).toEqual({ running: false, startType: 'disabled' });
    await page.getByLabel('I have read what will change').check();
    await page.getByRole('button', { name: 'Make the change' }).click();

    await expect(page.getByRole('status')).toHaveText('The change was made and checked.');
    await expect(page.getByText('It worked: what this fix was for is gone.')).toBeVisible();
    expect(service()).toEqual({ running: true, startType: 'auto' });
    await shot(page, testInfo, 'start-server-6-result');
    await page.getByRole('button', { name: 'Undo this change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was undone.');
    expect(service()).toEqual({ running: false, startType: 'disabled' });
  });

  test('without administrator rights the change is offered only after "Restart as administrator"', async ({ app }, testInfo) => {
    const { page } = app;
    await scanToFixes(page, 'win10-not-elevated', /Other computers get/);
    await page.getByRole('radio', { name: /Method 1/ }).check();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await expect(page.getByText('Windows allows this change only to an administrator')).toBeVisible();
    await expect(page.getByLabel('I have read what will change')).toHaveCount(0);
    await shot(page, testInfo, 'elevation-5-confirm');
    await page.getByRole('button', { name: 'Restart as administrator' }).click();
    await page.getByLabel('I have read what will change').check();
    await page.getByRole('button', { name: 'Make the change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was made and checked.');
  });

  test('the changes list on the first page undoes a change later', async ({ app }) => {
    const { page } = app;
    await scanToFixes(page, 'win10-office-near-limit', /Other computers get/);
    await page.getByRole('radio', { name: /automatic disconnect/ }).check();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await expect(page.getByLabel('Close idle connections after (minutes)')).toHaveValue('15');
    await page.getByLabel('I have read what will change').check();
    await page.getByRole('button', { name: 'Make the change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was made and checked.');
    expect(app.demo!.host().state().server.autodisconnectMinutes).toBe(15);
    await page.getByRole('button', { name: 'Back to the findings' }).click();
    await page.getByRole('button', { name: 'Scan again' }).click();
    const changes = page.getByRole('region', { name: 'Changes made by Workgroup Doctor' });
    await expect(changes).toContainText('Close connections that nobody has used for 15 minutes');
    await expect(changes).toContainText('in effect');
    await changes.getByRole('button', { name: 'Undo' }).click();
    await expect(changes.getByRole('status')).toHaveText('The change was undone.');
    await expect(changes).toContainText('undone');
    expect(app.demo!.host().state().server.autodisconnectMinutes).toBe(-1);
  });

  test('a change interrupted when the app stopped is listed with the steps it started, and undone from there', async ({ app }, testInfo) => {
    const { page } = app;
    // The app (or the PC) stopped during Method 1 on the demo PC: the value was set, its step recorded as
    // started but never as done. The journal is as the app had written it, in format 1.
    app.demo!.host().update((state) => withRegistryValue(state, LSA_KEY, 'restrictanonymous', { type: 'REG_DWORD', data: 1 }));
    writeFileSync(
      app.host.simulated()!.folder.journalFile,
      JSON.stringify({
        format: 'workgroup-doctor-journal',
        version: 1,
        entries: [
          {
            id: '2026-05-04T09-12-33-120Z-method-1',
            status: 'applying',
            startedAt: '2026-05-04T09:12:33.120Z',
            finishedAt: null,
            change: { action: 'method-1', values: [{ key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', name: 'RestrictAnonymous', before: 0, after: 1 }] },
            backupFiles: ['2026-05-04T09-12-33-120Z-lsa.reg', '2026-05-04T09-12-33-120Z-lanmanserver.reg'],
            steps: [{ state: 'started', startedAt: '2026-05-04T09:12:34.000Z', finishedAt: null }],
            problem: null,
            undoneAt: null,
          },
        ],
      }),
    );
    await page.goto('/');
    const changes = page.getByRole('region', { name: 'Changes made by Workgroup Doctor' });
    await expect(changes).toContainText('Turn on RestrictAnonymous');
    await expect(changes).toContainText('interrupted');
    await expect(changes.getByText('Set RestrictAnonymous to 1: started, not confirmed', { exact: true })).toBeVisible();
    await shot(page, testInfo, 'interrupted-1-listed');
    await changes.getByRole('button', { name: 'Undo' }).click();
    await expect(changes.getByRole('status')).toHaveText('The change was undone.', { timeout: 30_000 });
    await expect(changes).toContainText('undone');
    expect(restrictAnonymous(app)).toBe(0);
  });
});
