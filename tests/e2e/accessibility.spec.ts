import type { Page } from '@playwright/test';
import { test, expect } from './browser-mode-fixture';
import { expectNoSeriousViolations } from './axe-scan';
import { journalEntries, writeNote } from './note-files';
import { selectText } from './select-text';

// Each axe pass takes seconds on a busy machine, and some tests make several.
test.describe.configure({ timeout: 90_000 });

async function openSampleArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open sample article' }).click();
  await expect(page.getByRole('region', { name: 'Source article' })).toContainText('Tripartite Partnership Programme');
}

test('the empty app, in light and dark', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeVisible();
  await expectNoSeriousViolations(page, testInfo, 'empty app (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page, testInfo, 'empty app (dark)');
});

test('a note drafted from the sample article, its source beside it', async ({ page, app }, testInfo) => {
  await writeNote(app.libraryDir, 'Earlier.brief', 'Earlier brief', 'An older note in the library.');
  await page.goto(app.url);
  await openSampleArticle(page);
  await page.getByRole('combobox', { name: 'Classification' }).selectOption('RESTRICTED');
  await expectNoSeriousViolations(page, testInfo, 'sample draft with source (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page, testInfo, 'sample draft with source (dark)');
});

test('a note with a comment thread and highlights in the note and the source', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await openSampleArticle(page);
  const source = page.getByRole('region', { name: 'Source article' });
  await selectText(source, 'Tripartite Partnership Programme');
  await source.getByRole('button', { name: 'Highlight as Verify' }).click();
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await selectText(note, 'Purpose');
  await page.getByRole('toolbar', { name: 'Note tools' }).getByRole('button', { name: 'Highlight as Key' }).click();
  await selectText(note, 'To complete:');
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByRole('region', { name: 'Annotations' });
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Who completes this?');
  await panel.getByRole('button', { name: 'Post' }).click();
  const thread = panel.getByRole('article', { name: /Who completes this/ });
  await thread.getByRole('textbox', { name: 'Reply' }).fill('The desk officer.');
  await thread.getByRole('button', { name: 'Send reply' }).click();
  await expect(thread).toContainText('The desk officer.');
  await expectNoSeriousViolations(page, testInfo, 'comments and highlights (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page, testInfo, 'comments and highlights (dark)');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toContainText('Resolved');
  await expectNoSeriousViolations(page, testInfo, 'resolved thread (dark)');
});

test('every dialog', async ({ page, app }, testInfo) => {
  await writeNote(app.libraryDir, 'Draft.brief', 'Draft', 'The body of a saved note.');
  await page.goto(app.url);
  const toolbar = page.getByRole('toolbar', { name: 'Note tools' });
  const scanDialog = async (name: string, open: () => Promise<void>): Promise<void> => {
    await open();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, `dialog “${name}”${await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? ' (dark)' : ''))}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  };
  await scanDialog('Open note', () => toolbar.getByRole('button', { name: 'Open', exact: true }).click());
  await scanDialog('Import article', () => toolbar.getByRole('button', { name: 'Import article' }).click());
  await scanDialog('Export note', () => toolbar.getByRole('button', { name: 'Export' }).click());
  await scanDialog('Save note as', () => toolbar.getByRole('button', { name: 'Save' }).click());
  const library = page.getByRole('complementary', { name: 'Library' });
  await scanDialog('Rename note', () => library.getByRole('button', { name: 'Rename Draft' }).click());
  await scanDialog('Delete note?', () => library.getByRole('button', { name: 'Delete Draft' }).click());
  await scanDialog('Add a classification level', async () => {
    await page.getByRole('combobox', { name: 'Classification' }).selectOption('__other__');
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await scanDialog('Import article', () => toolbar.getByRole('button', { name: 'Import article' }).click());
});

test('the recovery dialog after a crash', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type('Unsaved line');
  await expect.poll(async () => (await journalEntries(app.dataDir)).length).toBe(1);
  await app.restart('SIGKILL');
  await page.goto(app.url);
  await expect(page.getByRole('dialog', { name: 'Recover unsaved work' })).toBeVisible();
  await expectNoSeriousViolations(page, testInfo, 'dialog “Recover unsaved work”');
});
