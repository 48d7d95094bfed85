import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { JSHandle, Page } from '@playwright/test';
import { test, expect } from './browser-mode-fixture';
import { noteFileText, writeNote } from './note-files';

test('rename, duplicate and delete from the library', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Draft.brief', 'Draft', 'The body');
  await page.goto(app.url);
  const library = page.getByRole('complementary', { name: 'Library' });

  await library.getByRole('button', { name: 'Rename Draft' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename note' });
  await rename.getByRole('textbox', { name: 'Note name' }).fill('Visit brief');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(library.getByText('Visit brief.brief')).toBeVisible();
  expect(await readdir(app.libraryDir)).toEqual(['Visit brief.brief']);

  await library.getByRole('button', { name: 'Duplicate Draft' }).click();
  await expect(library.getByText('Visit brief copy.brief')).toBeVisible();
  expect(await readFile(path.join(app.libraryDir, 'Visit brief copy.brief'), 'utf8')).toBe(await readFile(path.join(app.libraryDir, 'Visit brief.brief'), 'utf8'));

  await library.getByRole('listitem').filter({ hasText: 'Visit brief copy.brief' }).getByRole('button', { name: 'Delete Draft' }).click();
  await page.getByRole('dialog', { name: 'Delete note?' }).getByRole('button', { name: 'Move to trash' }).click();
  await expect(library.getByText('Visit brief copy.brief')).toHaveCount(0);
  expect(await readdir(app.libraryDir)).toEqual(expect.arrayContaining(['.trash', 'Visit brief.brief']));
  expect(await readdir(path.join(app.libraryDir, '.trash'))).toEqual([expect.stringMatching(/^Visit brief copy \(deleted .*\)\.brief$/)]);
});

test('a broken file is listed with a badge saying why, and opening it changes nothing', async ({ page, app }) => {
  const broken = '{"format":"briefing-desk/note","vers';
  await writeFile(path.join(app.libraryDir, 'Cut short.brief'), broken);
  await page.goto(app.url);
  const item = page.getByRole('complementary', { name: 'Library' }).getByRole('listitem').filter({ hasText: 'Cut short.brief' });
  await expect(item).toContainText('Cannot open: It is not valid JSON, so it may be damaged or cut short');
  await item.getByRole('button', { name: /^Cut short/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cut short.brief' })).toContainText('The file was left as it is');
  expect(await readFile(path.join(app.libraryDir, 'Cut short.brief'), 'utf8')).toBe(broken);
});

test('notes added and removed by other programs appear and disappear without a restart', async ({ page, app }) => {
  await page.goto(app.url);
  const library = page.getByRole('complementary', { name: 'Library' });
  await expect(library).toContainText('No notes yet');
  await writeNote(app.libraryDir, 'From elsewhere.brief', 'From elsewhere', 'Synced in');
  await expect(library.getByRole('button', { name: /^From elsewhere/ })).toBeVisible();
  await writeFile(path.join(app.libraryDir, 'From elsewhere.brief'), noteFileText('Renamed inside', 'Synced in'));
  await expect(library.getByRole('button', { name: /^Renamed inside/ })).toBeVisible();
});

test('search finds notes by words in their body, with or without Vietnamese accents', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Hanoi.brief', 'Meeting in the capital', 'Delegates met in Hà Nội on peacekeeping.');
  await writeNote(app.libraryDir, 'Tokyo.brief', 'Japan visit', 'A visit to Tokyo.');
  await page.goto(app.url);
  const library = page.getByRole('complementary', { name: 'Library' });
  const search = library.getByRole('searchbox', { name: 'Search notes' });
  await expect(library.getByRole('listitem')).toHaveCount(2);

  await search.fill('ha noi');
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await expect(library.getByRole('listitem')).toContainText('Meeting in the capital');
  await search.fill('peacekeep');
  await expect(library.getByRole('listitem')).toContainText('Meeting in the capital');
  await search.fill('nothing like this');
  await expect(library).toContainText('No notes match.');
  await search.fill('');
  await expect(library.getByRole('listitem')).toHaveCount(2);
});

test('a note from a newer Briefing Desk opens read-only and is never rewritten', async ({ page, app }) => {
  const future = noteFileText('From the future', 'Written by version 3', { version: 3 });
  await writeFile(path.join(app.libraryDir, 'Future.brief'), future);
  await page.goto(app.url);
  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: /^From the future/ }).click();
  await expect(page.getByRole('status')).toHaveText('Read-only');
  await expect(page.getByRole('alert')).toContainText('newer Briefing Desk');
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveAttribute('contenteditable', 'false');
  await page.keyboard.press('Control+S');
  const saveAs = page.getByRole('dialog', { name: 'Save note as' });
  await expect(saveAs.getByRole('textbox', { name: 'Note name' })).toHaveValue('Future (copy)');
  await saveAs.getByRole('button', { name: 'Cancel' }).click();
  expect(await readFile(path.join(app.libraryDir, 'Future.brief'), 'utf8')).toBe(future);
});

/** What a drag from the file manager carries: one file of that name, text and type. */
function filesToDrop(page: Page, name: string, text: string, type: string): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(({ name, text, type }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type }));
    return transfer;
  }, { name, text, type });
}

test('a .brief file dropped on the window is copied into the library and opened', async ({ page, app }) => {
  await page.goto(app.url);
  const dataTransfer = await filesToDrop(page, 'Dropped brief.brief', noteFileText('Dropped brief', 'Arrived by drag and drop'), 'application/json');
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('Arrived by drag and drop');
  expect(await readdir(app.libraryDir)).toEqual(['Dropped brief.brief']);
});

test('a file dropped on an open dialog opens nothing behind it, and says to close the dialog first', async ({ page, app }) => {
  await page.goto(app.url);
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await note.click();
  await page.keyboard.type('Still here');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const dataTransfer = await filesToDrop(page, 'Dropped brief.brief', noteFileText('Dropped brief', 'Arrived by drag and drop'), 'application/json');
  await dialog.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('contentinfo').getByRole('alert')).toContainText('Close the open dialog first, then drop “Dropped brief.brief” again.');
  await expect(dialog).toBeVisible();
  await expect(note).toHaveText('Still here');
  expect(await readdir(app.libraryDir)).toEqual([]);
});

test('Markdown exported by Briefing Desk, dropped on the window, opens as a note with its metadata', async ({ page, app }) => {
  await page.goto(app.url);
  const markdown = '---\ntitle: Port visit\nclassification: RESTRICTED\nstatus: draft\n---\n\n## Summary\n\nThe frigate arrives on **Tuesday**.\n';
  const dataTransfer = await filesToDrop(page, 'Port visit.md', markdown, 'text/markdown');
  await page.dispatchEvent('body', 'drop', { dataTransfer });

  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(note.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(note.locator('strong')).toHaveText('Tuesday');
  await expect(page.getByRole('note', { name: 'Classification banner' })).toContainText('RESTRICTED');
  expect(await readdir(app.libraryDir)).toEqual(['Port visit.brief']);
});

test('notes opened recently are listed first under Recent', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Alpha.brief', 'Alpha', 'a');
  await writeNote(app.libraryDir, 'Beta.brief', 'Beta', 'b');
  await page.goto(app.url);
  const library = page.getByRole('complementary', { name: 'Library' });
  const recent = library.getByRole('list', { name: 'Recent notes' });
  await expect(recent).toBeHidden();
  await library.getByRole('list', { name: 'Notes', exact: true }).getByRole('button', { name: /^Beta/ }).click();
  await expect(recent.getByRole('button')).toHaveText(['Beta']);
  await library.getByRole('list', { name: 'Notes', exact: true }).getByRole('button', { name: /^Alpha/ }).click();
  await expect(recent.getByRole('button')).toHaveText(['Alpha', 'Beta']);
  await page.reload();
  await expect(recent.getByRole('button')).toHaveText(['Alpha', 'Beta']);
  await recent.getByRole('button', { name: 'Beta' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('b');
  // The open note is marked as current in both lists, and the mark follows the next note opened.
  const notes = library.getByRole('list', { name: 'Notes', exact: true });
  await expect(notes.getByRole('button', { name: /^Beta/ })).toHaveAttribute('aria-current', 'true');
  await expect(recent.getByRole('button', { name: 'Beta' })).toHaveAttribute('aria-current', 'true');
  await notes.getByRole('button', { name: /^Alpha/ }).click();
  await expect(notes.getByRole('button', { name: /^Alpha/ })).toHaveAttribute('aria-current', 'true');
  await expect(notes.getByRole('button', { name: /^Beta/ })).not.toHaveAttribute('aria-current');
  await expect(recent.getByRole('button', { name: 'Beta' })).not.toHaveAttribute('aria-current');
});

test('keys typed while another note is on its way in land in neither note', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Alpha.brief', 'Alpha', 'The first note.');
  await writeNote(app.libraryDir, 'Beta.brief', 'Beta', 'The second note.');
  await page.goto(app.url);
  const notes = page.getByRole('complementary', { name: 'Library' }).getByRole('list', { name: 'Notes', exact: true });
  const body = page.getByRole('textbox', { name: 'Briefing note' });
  await notes.getByRole('button', { name: /^Alpha/ }).click();
  await expect(body).toHaveText('The first note.');

  // The host answers the next opening only when told to.
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/api/notes.open', async (route) => {
    await answered;
    await route.continue();
  });
  await body.click();
  await page.keyboard.press('Control+End');
  // Opened with the caret still in the note, as from the app menu's Recent (a click on the
  // library would move focus to its button).
  await notes.getByRole('button', { name: /^Beta/ }).evaluate((button: HTMLElement) => button.click());
  await page.keyboard.type(' stray');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await expect(body).toHaveText('The first note.');
  // Held back without turning the note read-only: that made Chromium restyle and lay out the whole note.
  await expect(body).toHaveAttribute('contenteditable', 'true');

  answer();
  await expect(body).toHaveText('The second note.');
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(await readFile(path.join(app.libraryDir, 'Alpha.brief'), 'utf8')).not.toContain('stray');
  // Once the note is in, typing works again (the caret starts at the note's start).
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Added.');
  await expect(body).toHaveText('The second note. Added.');
});
