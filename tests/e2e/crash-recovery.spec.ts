import { test, expect } from './browser-mode-fixture';
import { bodyOf, journalEntries, writeNote } from './note-files';

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

test('leaving unsaved text for another note discards its journal entry; notes opened unedited ask for no discard', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Alpha.brief', 'Alpha', 'The first note.');
  await writeNote(app.libraryDir, 'Beta.brief', 'Beta', 'The second note.');
  const discards: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/recovery.discard') discards.push(request.postData() ?? '');
  });
  await page.goto(app.url);
  const notes = page.getByRole('complementary', { name: 'Library' }).getByRole('list', { name: 'Notes', exact: true });
  const body = page.getByRole('textbox', { name: 'Briefing note' });
  for (const [name, text] of [['Alpha', 'The first note.'], ['Beta', 'The second note.'], ['Alpha', 'The first note.']] as const) {
    await notes.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(body).toHaveText(text);
  }

  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Not kept.');
  await expect.poll(async () => (await journalEntries(app.dataDir)).filter((entry) => entry.includes('Not kept.'))).toHaveLength(1);
  await notes.getByRole('button', { name: /^Beta/ }).click();
  await page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(body).toHaveText('The second note.');
  await expect.poll(() => journalEntries(app.dataDir)).toEqual([]);
  expect(await bodyOf(app.libraryDir, 'Alpha.brief')).not.toContain('Not kept.');
  // One discard: for the note left with unsaved text, none for the three openings before it.
  expect(discards).toHaveLength(1);
});
