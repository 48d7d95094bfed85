import { test, expect } from './browser-mode-fixture';
import { writeNote } from './note-files';
import { selectText } from './select-text';
test.use({ viewport: { width: 1600, height: 900 } });
for (const scheme of ['light', 'dark'] as const) {
  test(`shots ${scheme}`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await writeNote(app.libraryDir, 'Draft.brief', 'Draft', 'The body of a saved note.');
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Open sample article' }).click();
    await expect(page.getByRole('region', { name: 'Source article' })).toBeVisible();
    await selectText(page.getByRole('textbox', { name: 'Briefing note' }), 'To complete:');
    await page.keyboard.press('Control+Alt+M');
    const panel = page.getByRole('region', { name: 'Annotations' });
    await panel.getByRole('textbox', { name: 'Comment' }).fill('Who completes this?');
    await panel.getByRole('button', { name: 'Post' }).click();
    await page.getByRole('link', { name: 'Skip to note' }).focus();
    await page.keyboard.press('Shift');
    await page.screenshot({ path: `/tmp/a11y/${scheme}-skip.png`, clip: { x: 0, y: 0, width: 900, height: 200 } });
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.screenshot({ path: `/tmp/a11y/${scheme}-toolbar.png`, clip: { x: 0, y: 0, width: 900, height: 200 } });
    await panel.getByRole('button', { name: 'To complete:' }).focus();
    await page.keyboard.press('Shift');
    await page.screenshot({ path: `/tmp/a11y/${scheme}-card.png` });
    await page.locator('#source-paragraph-2').focus();
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `/tmp/a11y/${scheme}-source.png` });
    await page.keyboard.press('Control+Shift+E');
    await page.keyboard.press('Tab');
    await page.screenshot({ path: `/tmp/a11y/${scheme}-dialog.png` });
  });
}
