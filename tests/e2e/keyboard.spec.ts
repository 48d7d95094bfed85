import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './browser-mode-fixture';
import { noteFileText, writeNote } from './note-files';
import { selectText } from './select-text';

// Walking the whole screen key by key is many round trips on a busy machine.
test.describe.configure({ timeout: 90_000 });

interface FocusStop {
  /** Tag and accessible-ish name, for the failure message. */
  label: string;
  name: string;
  ring: boolean;
}

/**
 * What has focus: its name (accessible name, or a focusable paragraph's text) and whether it draws a focus ring.
 * Read from `document.activeElement`: a date field's focus is inside it, where `:focus` does not match the field.
 */
async function focusStop(page: Page): Promise<FocusStop> {
  const seen = await page.evaluate(() => {
    const node = document.activeElement as HTMLElement;
    const style = getComputedStyle(node);
    const keyboardFocus = node.matches(':focus-visible') || (node instanceof HTMLInputElement && node.type === 'date' && node.matches(':focus-within'));
    return {
      tag: node.tagName.toLowerCase(),
      paragraph: node.tagName === 'P' ? (node.querySelector('.source-text')?.textContent ?? '') : '',
      ring: keyboardFocus && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)',
    };
  });
  const name = seen.paragraph || (await accessibleName(page));
  return { label: `${seen.tag} “${name.slice(0, 40)}”`, name, ring: seen.ring };
}

/** Chromium's own accessible name for the focused element, as a screen reader gets it. */
async function accessibleName(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
    return String(nodes[0]?.name?.value ?? '');
  } finally {
    await cdp.detach();
  }
}

async function openSampleArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open sample article' }).click();
  await expect(page.getByRole('region', { name: 'Source article' })).toContainText('Tripartite Partnership Programme');
}

/** Puts keyboard focus on the first Tab stop of the page, as a keyboard user arriving would. */
async function startAtTop(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Skip to note' }).focus();
  // A key press makes the focus keyboard focus (:focus-visible), whatever clicked before.
  await page.keyboard.press('Shift');
}

test('Tab walks the main screen in reading order; every stop has a name and a visible focus ring', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Draft.brief', 'Draft', 'The body of a saved note.');
  await page.goto(app.url);
  await openSampleArticle(page);
  await selectText(page.getByRole('textbox', { name: 'Briefing note' }), 'To complete:');
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByRole('region', { name: 'Annotations' });
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Who completes this?');
  await panel.getByRole('button', { name: 'Post' }).click();
  await expect(panel.getByRole('article', { name: /Who completes this/ })).toBeVisible();
  await startAtTop(page);

  const stops: FocusStop[] = [];
  for (let step = 0; step < 60; step++) {
    const isBody = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
    if (isBody) break;
    stops.push(await focusStop(page));
    // Escape first: in a list Tab would indent instead of moving on.
    if (await page.getByRole('textbox', { name: 'Briefing note' }).evaluate((note) => note === document.activeElement)) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
  }
  const names = stops.map((stop) => stop.name);
  expect(stops.filter((stop) => !stop.ring).map((stop) => stop.label), 'stops without a visible focus ring').toEqual([]);
  expect(stops.filter((stop) => !stop.name.trim()).map((stop) => stop.label), 'stops without a name').toEqual([]);
  const order = (name: string | RegExp): number => names.findIndex((candidate) => (typeof name === 'string' ? candidate === name : name.test(candidate)));
  const expected = ['Skip to note', 'Open sample article', 'Search notes', /^Draft/, 'Rename Draft', 'Marking scheme', 'Classification', 'Briefing note', 'Show threads', 'To complete:', /^Edit comment by/, 'Reply', 'Resolve', 'Send reply', /^The 16th Meeting/, 'Re-import article…', 'Autosave'];
  const positions = expected.map(order);
  expect(positions.every((position) => position >= 0), `stops: ${names.join(' | ')}`).toBe(true);
  expect([...positions].sort((a, b) => a - b), `stops: ${names.join(' | ')}`).toEqual(positions);
  // The toolbar is one stop (arrow keys inside), and so are the article's paragraphs.
  expect(names.filter((name) => /^(New note|Open|Save|Bold)$/.test(name))).toHaveLength(0);
  expect(stops.filter((stop) => stop.label.startsWith('p '))).toHaveLength(1);
});

test('the skip link takes the keyboard straight into the note', async ({ page, app }) => {
  await page.goto(app.url);
  await startAtTop(page);
  await expect(page.getByRole('link', { name: 'Skip to note' })).toBeVisible();
  const address = page.url();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeFocused();
  expect(page.url(), 'the link focuses the note without navigating').toBe(address);
});

test('arrow keys move along the toolbar, skipping what cannot be used now', async ({ page, app }) => {
  await page.goto(app.url);
  await startAtTop(page);
  await page.keyboard.press('Tab');
  const toolbar = page.getByRole('toolbar', { name: 'Note tools' });
  await expect(toolbar.getByRole('button', { name: 'New note' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Open', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Settings', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'New note' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Settings', exact: true })).toBeFocused();
  // Undo and Redo are disabled in a fresh note: the arrows pass over them.
  await toolbar.getByRole('button', { name: 'Numbered list' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Add comment' })).toBeFocused();
  // Tab comes back to the button last used, and leaves the toolbar in one step.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search notes' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Add comment' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Not saved yet');
});

test('a dialog keeps Tab inside it and gives focus back to its opener when it closes', async ({ page, app }) => {
  await page.goto(app.url);
  await startAtTop(page);
  await page.keyboard.press('Tab');
  const toolbar = page.getByRole('toolbar', { name: 'Note tools' });
  const exportButton = toolbar.getByRole('button', { name: 'Export' });
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export note' });
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toBeFocused();
  const seen = new Set<string>();
  for (let step = 0; step < 8; step++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((node) => node.contains(document.activeElement)), `Tab ${step + 1} stays in the dialog`).toBe(true);
    seen.add(await accessibleName(page));
  }
  expect([...seen].sort()).toEqual(['Cancel', 'Copy', 'Export', 'Format', 'Include the source article', 'Page size']);
  await dialog.getByRole('combobox', { name: 'Format' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Export' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  // Opened by a shortcut from the note, a dialog gives focus back to the note.
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type('Weekly brief');
  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.press('Control+S');
  const saveAs = page.getByRole('dialog', { name: 'Save note as' });
  await expect(saveAs.getByRole('textbox', { name: 'Note name' })).toBeFocused();
  await saveAs.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeFocused();
});

test('under an open dialog the app’s shortcuts run nothing; once it closes they work again', async ({ page, app }) => {
  await page.goto(app.url);
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await note.click();
  await page.keyboard.type('Kept behind the dialog');
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('textbox', { name: 'Author name' })).toBeFocused();
  // Each of these opened its own dialog over Settings, or started a new note behind it.
  // The shortcut sheet (Ctrl+/) opens at once, so it would be the top dialog here.
  for (const keys of ['Control+o', 'Control+Shift+e', 'Control+n', 'Control+/']) await page.keyboard.press(keys);
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);
  await expect(note).toContainText('Kept behind the dialog');

  await page.keyboard.press('Control+o');
  await expect(page.getByRole('dialog', { name: 'Open note' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
});

test('a passage of the source article can be quoted and highlighted without a mouse', async ({ page, app }) => {
  await page.goto(app.url);
  await openSampleArticle(page);
  const source = page.getByRole('region', { name: 'Source article' });
  await source.getByRole('button', { name: 'Re-import article…' }).focus();
  await page.keyboard.press('Shift+Tab');
  const first = source.locator('.source-paragraph').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(source.locator('#source-paragraph-3')).toBeFocused();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toMatch(/^Delegates focused their discussions/);
  await page.keyboard.press('Shift+Tab');
  await expect(source.getByRole('button', { name: 'Highlight as Sensitive' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(source).toHaveAttribute('data-highlights', '1');
  await expect(page.getByRole('region', { name: 'Annotations' }).getByRole('article', { name: 'Verify highlight in the source article' })).toContainText('Delegates focused');

  await source.locator('#source-paragraph-3').focus();
  await page.keyboard.press('ArrowDown'); // keyboard focus again, after the scripted one
  await page.keyboard.press('ArrowUp');
  for (let step = 0; step < 4; step++) await page.keyboard.press('Shift+Tab');
  await expect(source.getByRole('button', { name: 'Quote into note' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Briefing note' }).locator('sup[data-citation]').last()).toHaveText('[¶3]');
});

test('in a list Tab indents; Escape then Tab leaves the note', async ({ page, app }) => {
  await page.goto(app.url);
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await note.click();
  await page.keyboard.type('- first');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second');
  await page.keyboard.press('Tab');
  await expect(note).toBeFocused();
  await expect(note.locator('ul ul li')).toHaveText('second');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Show threads' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(note).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  // Back out of the note into the bar above it (marking, classification, critical date).
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.classification-bar') !== null)).toBe(true);
});

test('focus stays in the library and in a comment card when they are rebuilt', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Draft.brief', 'Draft', 'Vietnam and Japan co-chaired the meeting.');
  await page.goto(app.url);
  const library = page.getByRole('complementary', { name: 'Library' });
  const row = (fileName: string) => library.getByRole('list', { name: 'Notes', exact: true }).getByRole('listitem').filter({ hasText: fileName });
  // Another program adds a note while the keyboard is on a row: the list is rebuilt under it.
  await row('Draft.brief').getByRole('button', { name: 'Rename Draft' }).focus();
  await writeNote(app.libraryDir, 'Other.brief', 'Other', 'Written elsewhere.');
  await expect(row('Other.brief')).toBeVisible();
  await expect(row('Draft.brief').getByRole('button', { name: 'Rename Draft' })).toBeFocused();

  // Commands on notes hand the caret back to the note, as after any dialog.
  await row('Draft.brief').locator('.library-open').press('Enter');
  await expect(page.locator('.status-file')).toHaveText('Draft.brief');
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeFocused();

  await selectText(page.getByRole('textbox', { name: 'Briefing note' }), 'co-chaired');
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByRole('region', { name: 'Annotations' });
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Which side hosted?');
  await panel.getByRole('button', { name: 'Post' }).click();
  const thread = panel.getByRole('article', { name: /Which side hosted/ });
  await thread.getByRole('button', { name: 'Resolve' }).press('Enter');
  await expect(thread).toContainText('Resolved');
  expect(await thread.evaluate((card) => card.contains(document.activeElement)), 'focus stays in the card').toBe(true);
});

test('what is typed lands at the caret: in new paragraphs, and after Ctrl+End and Ctrl+Home in a long note', async ({ page, app }) => {
  // Guards the note's layout: with `content-visibility: auto` on its blocks, Chromium put the
  // first letter typed in a new paragraph at the end ("eltaD") and Ctrl+End short of the end.
  const paragraphs = Array.from({ length: 400 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${index} of a long note.` }] }));
  await writeFile(path.join(app.libraryDir, 'Long.brief'), noteFileText('Long', '', { doc: { type: 'doc', content: paragraphs } }));
  await page.goto(app.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  const blocks = (): Promise<string[]> => editor.evaluate((body) => [...body.children].map((block) => block.textContent ?? ''));

  await page.getByRole('button', { name: 'New note' }).click();
  await editor.click();
  await page.keyboard.type('Alpha');
  for (const word of ['Bravo', 'Charlie', 'Delta']) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(word);
  }
  await expect.poll(blocks).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);

  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: /^Long .*Long\.brief$/ }).click();
  await page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(editor).toContainText('Paragraph 399 of a long note.');
  await editor.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Echo');
  await expect.poll(async () => (await blocks()).slice(-2)).toEqual(['Paragraph 399 of a long note.', 'Echo']);
  await editor.press('ControlOrMeta+Home');
  await page.keyboard.type('Foxtrot ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Golf');
  await expect.poll(async () => (await blocks()).slice(0, 3)).toEqual(['Foxtrot ', 'GolfParagraph 0 of a long note.', 'Paragraph 1 of a long note.']);
});
