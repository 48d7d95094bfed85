import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './browser-mode-fixture';
import { noteFileText, writeNote } from './note-files';

test('a typed note is saved to the library folder, comes back by itself after a reload, and opens from the Open dialog', async ({ page, app }) => {
  await page.goto(app.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('EWG PKO meeting, Hà Nội');
  await page.getByRole('button', { name: 'Heading 1' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Vietnam and Japan co-chaired the 16th meeting.');
  await expect(page.getByRole('status')).toHaveText('Unsaved changes');

  await page.getByRole('button', { name: 'Save' }).click();
  const saveAs = page.getByRole('dialog', { name: 'Save note as' });
  await expect(saveAs.getByRole('textbox', { name: 'Note name' })).toHaveValue('EWG PKO meeting, Hà Nội');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');

  expect(await readdir(app.libraryDir)).toEqual(['EWG PKO meeting, Hà Nội.brief']);
  const onDisk = JSON.parse(await readFile(path.join(app.libraryDir, 'EWG PKO meeting, Hà Nội.brief'), 'utf8'));
  expect(onDisk).toMatchObject({ format: 'briefing-desk/note', version: 2, meta: { title: 'EWG PKO meeting, Hà Nội' } });
  expect(JSON.stringify(onDisk.doc)).toContain('Vietnam and Japan co-chaired the 16th meeting.');

  await page.reload();
  // The last note worked on is reopened at start.
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('EWG PKO meeting, Hà Nội');
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(editor).toHaveText('');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('dialog', { name: 'Open note' }).getByRole('button', { name: /^EWG PKO meeting, Hà Nội/ }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('EWG PKO meeting, Hà Nội');
  await expect(editor).toContainText('Vietnam and Japan co-chaired the 16th meeting.');
  await expect(page.getByRole('status')).toHaveText('Saved');
});

test('Ctrl+S saves an open note in place, and an edit marks it unsaved again', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('First draft');
  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'Save note as' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.keyboard.type(', revised');
  await expect(page.getByRole('status')).toHaveText('Unsaved changes');
  await expect(page).toHaveTitle('• First draft — Briefing Desk');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status')).toHaveText('Saved');
  // The title is the note's own (its first line), not its file name.
  await expect(page).toHaveTitle('First draft, revised — Briefing Desk');

  expect(await readdir(app.libraryDir)).toEqual(['First draft.brief']);
  expect(await readFile(path.join(app.libraryDir, 'First draft.brief'), 'utf8')).toContain('First draft, revised');
});

test('Save As explains a name it cannot use and asks before replacing a note', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type('Original');
  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'Save note as' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'New note' }).click();
  await page.keyboard.type('Replacement');
  await page.keyboard.press('Control+S');
  const saveAs = page.getByRole('dialog', { name: 'Save note as' });
  const name = saveAs.getByRole('textbox', { name: 'Note name' });
  await name.fill('../escape');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(saveAs.getByRole('alert')).toContainText('cannot contain');

  await name.fill('Original');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace note?' });
  await expect(replace).toContainText('already in the library');
  await replace.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(await readdir(app.libraryDir)).toEqual(['Original.brief']);
  expect(await readFile(path.join(app.libraryDir, 'Original.brief'), 'utf8')).toContain('Replacement');
});

test('New asks before discarding unsaved changes', async ({ page, app }) => {
  await page.goto(app.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Keep me');
  await page.getByRole('button', { name: 'New note' }).click();
  const confirm = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor).toHaveText('Keep me');

  await page.getByRole('button', { name: 'New note' }).click();
  await confirm.getByRole('button', { name: 'Discard changes' }).click();
  await expect(editor).toHaveText('');
  await expect(page.getByRole('status')).toHaveText('Not saved yet');
});

test('each note opens with its own undo history: Undo never brings back the note before it', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Talks.brief', 'Talks', 'The talks ended.');
  await writeNote(app.libraryDir, 'Visit.brief', 'Visit', 'The visit began.');
  await page.goto(app.url);
  const library = page.getByRole('complementary', { name: 'Library' });
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await library.getByRole('button', { name: /^Talks .*Talks\.brief$/ }).click();
  await expect(editor).toContainText('The talks ended.');
  await editor.press('End');
  await page.keyboard.type(' Next round in May.');
  await editor.press('ControlOrMeta+s');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await library.getByRole('button', { name: /^Visit .*Visit\.brief$/ }).click();
  await expect(editor).toContainText('The visit began.');

  await editor.press('ControlOrMeta+z');
  await expect(editor).toContainText('The visit began.');
  await expect(editor).not.toContainText('talks');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('what is saved is what the editor shows, after edits, a deleted paragraph, an undo and a switch to another note', async ({ page, app }) => {
  // Saves send the host worker only the paragraphs it does not hold yet (renderer/host/note-body-json.ts);
  // a worker that lost track would fail (an error in the console) and the page would post instead.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const doc = { type: 'doc', content: ['Alpha', 'Bravo', 'Charlie', 'Delta'].map(paragraph) };
  await writeFile(path.join(app.libraryDir, 'Alpha.brief'), noteFileText('Alpha', '', { doc }));
  await writeNote(app.libraryDir, 'Other.brief', 'Other', 'Another note');
  await page.goto(app.url);
  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  const shown = () => editor.evaluate((body) => [...body.children].map((block) => block.textContent ?? ''));
  const onDisk = async (name: string) => {
    const note = JSON.parse(await readFile(path.join(app.libraryDir, name), 'utf8')) as { doc: { content: { content?: { text: string }[] }[] } };
    return note.doc.content.map((block) => (block.content ?? []).map((inline) => inline.text).join(''));
  };
  const save = async () => {
    await page.keyboard.press('Control+S');
    await expect(page.getByRole('status')).toHaveText('Saved');
  };
  const open = async (name: RegExp) => {
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('dialog', { name: 'Open note' }).getByRole('button', { name }).click();
    await expect(page.getByRole('status')).toHaveText('Saved');
  };

  await open(/^Alpha/);
  await editor.getByText('Bravo').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' two');
  await editor.getByText('Charlie').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(editor).not.toContainText('Charlie');
  await save();
  expect(await shown()).toEqual(['Alpha', 'Bravo two', 'Delta']);
  expect(await onDisk('Alpha.brief')).toEqual(await shown());

  await page.keyboard.press('Control+Z');
  await expect(editor).toContainText('Charlie');
  await save();
  expect(await onDisk('Alpha.brief')).toEqual(await shown());

  await open(/^Other/);
  await editor.getByText('Another note').click();
  await page.keyboard.press('End');
  await page.keyboard.type(', edited');
  await save();
  expect(await onDisk('Other.brief')).toEqual(['Another note, edited']);

  await open(/^Alpha/);
  await editor.getByText('Delta').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' again');
  await save();
  expect(await onDisk('Alpha.brief')).toEqual(await shown());
  expect((await shown()).at(-1)).toBe('Delta again');
  expect(errors).toEqual([]);
});
