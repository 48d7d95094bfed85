import { test, expect } from './browser-mode-fixture';

test('the toolbar formats text and undoes it', async ({ page, app }) => {
  await page.goto(app.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await editor.click();
  // A new note has nothing to undo or redo.
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  const bold = page.getByRole('button', { name: 'Bold' });
  await bold.click();
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Bottom line');
  await expect(editor.locator('strong')).toHaveText('Bottom line');

  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bullet list' }).click();
  await page.keyboard.type('first point');
  await expect(editor.getByRole('listitem')).toHaveText('first point');
  await page.getByRole('button', { name: 'Numbered list' }).click();
  await expect(editor.locator('ol > li')).toHaveText('first point');

  await page.getByRole('button', { name: 'Heading 2' }).click();
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText('first point');

  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(editor.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(redo).toBeEnabled();
  await redo.click();
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText('first point');
  await expect(redo).toBeDisabled();

  await page.getByRole('button', { name: 'Italic' }).click();
  await expect(page.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Heading 1' })).toHaveAttribute('aria-pressed', 'false');
});
