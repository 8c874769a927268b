import { expect, test } from './harness/app-test';

test.describe('app shell in Chromium, bridge bound to the real main-process handlers', () => {
  test('opens in demo mode on a computer that is not Windows, with a banner and the first step', async ({ app }, testInfo) => {
    const { page } = app;
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Workgroup Doctor' })).toBeVisible();
    if (process.platform !== 'win32') {
      const banner = page.getByRole('note', { name: 'Demo mode' });
      await expect(banner).toContainText('Demo mode: nothing on this computer is read or changed');
      await expect(banner).toContainText('does not run Windows');
    }
    await expect(page.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Progress' })).toContainText('1 What you see');
    await page.screenshot({ path: testInfo.outputPath('welcome.png'), fullPage: true });
  });

  test('the built page enforces its content security policy: injected inline script does not run', async ({ app }) => {
    const { page } = app;
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
  });
});
