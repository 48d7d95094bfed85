import { test, expect } from './browser-mode-fixture';
import { writeNote } from './note-files';
import { selectText } from './select-text';

test('F1 and Ctrl+/ open the keyboard shortcut sheet, listing Export… with its keys', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Briefing note' }).click();

  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  const exportRow = sheet.getByRole('table', { name: 'File' }).getByRole('row', { name: /Export…/ });
  await expect(exportRow).toContainText('Ctrl+Shift+E');
  await expect(sheet.getByRole('table', { name: 'Help' }).getByRole('row', { name: /Keyboard Shortcuts/ })).toContainText('F1');
  await expect(sheet).toContainText('the browser’s own');
  await page.screenshot({ path: 'test-results/shortcut-sheet.png' });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeFocused();

  await page.keyboard.press('Control+/');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});

test('the note’s context menu works by mouse and keyboard: quote, add comment, Escape; a shortcut that opens a dialog closes it', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Talks.brief', 'Talks', 'The ministers met in Hanoi. They agreed a joint statement.');
  await page.goto(app.url);
  await page.getByRole('complementary', { name: 'Library' }).getByRole('listitem').filter({ hasText: 'Talks.brief' }).locator('.library-open').click();
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(note).toContainText('The ministers met');
  await expect(note).toHaveAttribute('spellcheck', 'true');
  await expect(note).toHaveAttribute('lang', /^(en|vi)/);

  await selectText(note, 'They agreed a joint statement.');
  const box = (await note.getByText('They agreed').boundingBox())!;
  await page.mouse.click(box.x + 20, box.y + box.height / 2, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Editing' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Cut' })).toBeFocused();
  await expect(menu.getByRole('menuitem')).toHaveText([/Cut/, /Copy/, /Paste/, /Add Comment/, /Quote/, /Spelling suggestions/]);
  await page.screenshot({ path: 'test-results/context-menu.png' });

  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: /Quote/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(note).toBeFocused();

  // Shift+F10 opens it from the keyboard; Quote makes the paragraph a quotation.
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /Quote/ }).click();
  await expect(menu).toBeHidden();
  await expect(note.locator('blockquote')).toContainText('They agreed a joint statement.');

  await selectText(note, 'Hanoi');
  await note.press('ContextMenu');
  await menu.getByRole('menuitem', { name: /Add Comment/ }).press('Enter');
  await expect(page.getByRole('region', { name: 'Annotations' }).getByRole('textbox').first()).toBeFocused();

  // A shortcut typed in the menu that opens a dialog closes the menu and leaves focus in the
  // dialog (the menu stayed open behind the dialog, and after it).
  await note.click();
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Control+o');
  const open = page.getByRole('dialog', { name: 'Open note' });
  await expect(open).toBeVisible();
  await expect(menu).toHaveCount(0);
  expect(await open.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(open).toHaveCount(0);
  await expect(menu).toHaveCount(0);
});

test('the window title shows the note’s title and an unsaved mark', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  await expect(page).toHaveTitle('Untitled — Briefing Desk');
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type('Port visit');
  await expect(page).toHaveTitle('• Untitled — Briefing Desk');

  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'Save note as' }).getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveTitle('Port visit — Briefing Desk');

  await page.keyboard.type(' by the frigate');
  await expect(page).toHaveTitle('• Port visit — Briefing Desk');
  await page.keyboard.press('Control+S');
  await expect(page).toHaveTitle('Port visit by the frigate — Briefing Desk');
});

test('the open note is open again after the host restarts, and a vanished one leaves an empty note', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Summit.brief', 'Summit', 'Leaders met at the summit.');
  await writeNote(app.libraryDir, 'Visit.brief', 'Visit', 'The delegation visited the port.');
  await page.goto(app.url);
  const library = page.getByRole('complementary', { name: 'Library' });
  await library.getByRole('listitem').filter({ hasText: 'Visit.brief' }).locator('.library-open').click();
  await expect(page.locator('.status-file')).toHaveText('Visit.brief');

  await app.restart('SIGTERM');
  await page.goto(app.url);
  await expect(page.locator('.status-file')).toHaveText('Visit.brief');
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toContainText('The delegation visited the port.');
  await expect(page).toHaveTitle('Visit — Briefing Desk');

  await app.restart('SIGTERM');
  const { rm } = await import('node:fs/promises');
  await rm(`${app.libraryDir}/Visit.brief`);
  await page.goto(app.url);
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeVisible();
  await expect(page).toHaveTitle('Untitled — Briefing Desk');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('Cut from the context menu takes the text out; Paste without clipboard permission says which keys to use', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Cut.brief', 'Cut', 'Keep this. Drop this.');
  await page.goto(app.url);
  await page.getByRole('complementary', { name: 'Library' }).getByRole('listitem').filter({ hasText: 'Cut.brief' }).locator('.library-open').click();
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(note).toContainText('Drop this.');

  await selectText(note, ' Drop this.');
  await note.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Editing' });
  await menu.getByRole('menuitem', { name: /Cut/ }).click();
  await expect(note).toHaveText('Keep this.');
  await expect(page).toHaveTitle('• Cut — Briefing Desk');

  await note.press('Shift+F10');
  await menu.getByRole('menuitem', { name: /Paste/ }).click();
  await expect(page.getByRole('alert')).toContainText('Use Ctrl+V to paste.');
});
