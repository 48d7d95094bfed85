import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type BrowserModeApp } from './browser-mode-fixture';
import { bodyOf, noteFileText, writeNote } from './note-files';

async function openWithUnsavedEdit(page: Page, app: BrowserModeApp): Promise<void> {
  await writeNote(app.libraryDir, 'Shared.brief', 'Shared', 'Original text');
  await page.goto(app.url);
  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: /^Shared/ }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' plus my edit');
  await expect(page.getByRole('status')).toHaveText('Unsaved changes');
  await writeFile(path.join(app.libraryDir, 'Shared.brief'), noteFileText('Shared', 'Their version'));
}

test('a note changed on disk is not overwritten: reload theirs', async ({ page, app }) => {
  await openWithUnsavedEdit(page, app);
  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'The note changed on disk' }).getByRole('button', { name: 'Reload theirs' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('Their version');
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(await bodyOf(app.libraryDir, 'Shared.brief')).toContain('Their version');
});

test('a note changed on disk is not overwritten: keep mine', async ({ page, app }) => {
  await openWithUnsavedEdit(page, app);
  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'The note changed on disk' }).getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(await bodyOf(app.libraryDir, 'Shared.brief')).toContain('Original text plus my edit');
});

test('a note changed on disk is not overwritten: save mine as a copy', async ({ page, app }) => {
  await openWithUnsavedEdit(page, app);
  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'The note changed on disk' }).getByRole('button', { name: 'Save mine as a copy' }).click();
  const saveAs = page.getByRole('dialog', { name: 'Save note as' });
  await expect(saveAs.getByRole('textbox', { name: 'Note name' })).toHaveValue('Shared (my copy)');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect((await readdir(app.libraryDir)).sort()).toEqual(['Shared (my copy).brief', 'Shared.brief']);
  expect(await bodyOf(app.libraryDir, 'Shared.brief')).toContain('Their version');
  expect(await bodyOf(app.libraryDir, 'Shared (my copy).brief')).toContain('Original text plus my edit');
});

test('a note with nothing unsaved follows changes made by another program', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Live.brief', 'Live', 'First');
  await page.goto(app.url);
  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: /^Live/ }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('First');
  await writeFile(path.join(app.libraryDir, 'Live.brief'), noteFileText('Live', 'Second'));
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('Second');
  await expect(page.getByRole('alert')).toContainText('changed by another program');
});

test('autosave writes the note and its own writes never reload it or raise a conflict', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Auto.brief', 'Auto', 'Start');
  await page.goto(app.url);
  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: /^Auto/ }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('Start');
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.press('End');
  let expected = 'Start';
  for (const word of [' one', ' two', ' three']) {
    await page.keyboard.type(word);
    expected += word;
    await expect.poll(() => bodyOf(app.libraryDir, 'Auto.brief')).toContain(expected);
  }
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.keyboard.type(' four');
  await expect.poll(() => readFile(path.join(app.libraryDir, 'Auto.brief'), 'utf8')).toContain('Start one two three four');
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('Start one two three four');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Saved');
});
