import { test, expect } from './browser-mode-fixture';
import { bodyOf, journalEntries } from './note-files';

test('after the host is killed, unsaved text is offered back and restored', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  const line = `Unsaved line ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type(line);
  // The journal has it within a second of typing; wait for that state, then crash.
  await expect.poll(async () => (await journalEntries(app.dataDir)).some((entry) => entry.includes(line))).toBe(true);
  await app.restart('SIGKILL');

  await page.goto(app.url);
  const recovery = page.getByRole('dialog', { name: 'Recover unsaved work' });
  const entry = recovery.getByRole('listitem', { name: line });
  await expect(entry).toContainText(line);
  await entry.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText(line);
  await expect(page.getByRole('status')).toHaveText('Unsaved changes');

  // Kept until saved: a second crash still offers it.
  expect(await journalEntries(app.dataDir)).toHaveLength(1);
  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'Save note as' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(await bodyOf(app.libraryDir, `${line}.brief`)).toContain(line);
  await expect.poll(() => journalEntries(app.dataDir)).toEqual([]);
});

test('a recovered note can be discarded, and then is gone for good', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type('Throw this away');
  // Wait for the whole text in the journal, not just for an entry: one may be written mid-typing.
  await expect.poll(async () => (await journalEntries(app.dataDir)).filter((entry) => entry.includes('Throw this away'))).toHaveLength(1);
  await app.restart('SIGKILL');

  await page.goto(app.url);
  const recovery = page.getByRole('dialog', { name: 'Recover unsaved work' });
  await recovery.getByRole('listitem', { name: 'Throw this away' }).getByRole('button', { name: 'Discard' }).click();
  await expect(recovery).toBeHidden();
  expect(await journalEntries(app.dataDir)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Recover unsaved work' })).toHaveCount(0);
});

test('unsaved edits to a saved note come back onto that note after a crash', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type('Weekly brief');
  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'Save note as' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.keyboard.type(' with late changes');
  await expect.poll(async () => (await journalEntries(app.dataDir)).some((entry) => entry.includes('late changes'))).toBe(true);
  await app.restart('SIGKILL');

  await page.goto(app.url);
  await page.getByRole('dialog', { name: 'Recover unsaved work' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toHaveText('Unsaved changes');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(await bodyOf(app.libraryDir, 'Weekly brief.brief')).toContain('Weekly brief with late changes');
});
