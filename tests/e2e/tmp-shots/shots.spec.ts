import { test } from '../browser-mode-fixture';

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot ${scheme}`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Open sample article' }).click();
    await page.getByRole('textbox', { name: 'Briefing note' }).waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shot-${scheme}.png` });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog').getByLabel('Language').selectOption('vi');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.screenshot({ path: `/tmp/shot-${scheme}-settings-vi.png` });
  });
}
