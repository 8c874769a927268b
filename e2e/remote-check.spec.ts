import { expect, test } from './harness/app-test';

test.describe('this PC gets the error: checking the computer it connects to', () => {
  test('the office PC answers System error 71; the words say to fix it there, and that this laptop shares a printer', async ({ app }, testInfo) => {
    const { page } = app;
    await page.goto('/');
    await page.getByLabel('Demo PC').selectOption('win10-client-shares-printer');
    await page.getByRole('radio', { name: /This PC gets/ }).check();
    await page.getByRole('button', { name: 'Scan the demo PC' }).click();
    await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeVisible();

    const check = page.getByRole('region', { name: 'Check the computer you connect to' });
    const button = check.getByRole('button', { name: 'Check it' });
    await expect(button).toBeDisabled();
    await check.getByLabel('Name or address of the other computer').fill('OFFICE-PC');
    await button.click();
    const answer = check.locator('[aria-live="polite"]');
    await expect(answer).toContainText('OFFICE-PC is full: it answered with System error 71');
    await expect(answer).toContainText('The fix belongs on OFFICE-PC: run Workgroup Doctor there.');
    await expect(answer).toContainText('This PC shares a printer too');
    await page.screenshot({ path: testInfo.outputPath('remote-check-full.png'), fullPage: true });

    // Enter in the field checks too; another computer answers.
    await check.getByLabel('Name or address of the other computer').fill('NAS');
    await check.getByLabel('Name or address of the other computer').press('Enter');
    await expect(answer).toContainText('NAS answers: it lists 2 shares.');
  });

  test('is not offered when other computers get the error here', async ({ app }) => {
    const { page } = app;
    await page.goto('/');
    await page.getByRole('radio', { name: /Other computers get/ }).check();
    await page.getByRole('button', { name: 'Scan the demo PC' }).click();
    await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Check the computer you connect to' })).toHaveCount(0);
  });
});
