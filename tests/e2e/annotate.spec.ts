import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './browser-mode-fixture';
import { noteFileText, writeNote } from './note-files';
import { selectText } from './select-text';


async function comment(page: Page, on: string, text: string): Promise<void> {
  await selectText(page.getByRole('textbox', { name: 'Briefing note' }), on);
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByRole('region', { name: 'Annotations' });
  await panel.getByRole('textbox', { name: 'Comment' }).fill(text);
  await panel.getByRole('button', { name: 'Post' }).click();
  await expect(panel.getByRole('article', { name: new RegExp(`: ${text.slice(0, 20)}`) })).toBeVisible();
}

/** Clicks a note in the library by its file name (its title follows its first line once saved). */
async function clickInLibrary(page: Page, fileName: string): Promise<void> {
  await page.getByRole('complementary', { name: 'Library' }).getByRole('list', { name: 'Notes', exact: true }).getByRole('listitem').filter({ hasText: fileName }).locator('.library-open').click();
}

/** Opens a note from the library by its file name. */
async function openNote(page: Page, fileName: string): Promise<void> {
  await clickInLibrary(page, fileName);
  await expect(page.locator('.status-file')).toHaveText(fileName);
}

test('a full review round — comment, reply, resolve — survives save and reload, still anchored', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Draft.brief', 'Draft', 'Vietnam and Japan co-chaired the meeting by video conference.');
  await page.goto(app.url);
  await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
  await openNote(page, 'Draft.brief');
  await comment(page, 'video conference', 'Was Japan present in person?');
  const panel = page.getByRole('region', { name: 'Annotations' });
  const thread = panel.getByRole('article', { name: /Was Japan present/ });
  await thread.getByRole('textbox', { name: 'Reply' }).fill('No: video only, per the embassy.');
  await thread.getByRole('button', { name: 'Send reply' }).click();
  await expect(thread).toContainText('No: video only, per the embassy.');
  await expect(page.locator('footer').getByText('1 open comment')).toBeVisible();
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toContainText('Resolved');
  await expect(page.locator('footer').getByText(/open comment/)).toHaveCount(0);

  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(path.join(app.libraryDir, 'Draft.brief'), 'utf8'));
  expect(saved.annotations).toEqual([
    expect.objectContaining({ kind: 'comment', status: 'resolved', quote: 'video conference', comments: [expect.objectContaining({ text: 'Was Japan present in person?' }), expect.objectContaining({ text: 'No: video only, per the embassy.' })] }),
  ]);

  await page.reload();
  await openNote(page, 'Draft.brief');
  const again = page.getByRole('region', { name: 'Annotations' }).getByRole('article', { name: /Was Japan present/ });
  await expect(again).toContainText('No: video only, per the embassy.');
  await expect(again).toContainText('Resolved');
  await expect(again).not.toContainText('Detached');
  await expect(page.getByRole('textbox', { name: 'Briefing note' }).locator('span[data-thread]')).toHaveText('video conference');
  await again.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.locator('footer').getByText('1 open comment')).toBeVisible();
});

test('deleting all the commented text detaches the thread, which is kept and saved', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Short.brief', 'Short', 'Keep this. Remove this sentence.');
  await page.goto(app.url);
  await openNote(page, 'Short.brief');
  await comment(page, 'Remove this sentence.', 'Is this needed?');
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await selectText(note, 'Remove this sentence.');
  await page.keyboard.press('Delete');
  const thread = page.getByRole('region', { name: 'Annotations' }).getByRole('article', { name: /Is this needed/ });
  await expect(thread).toContainText('Detached');
  await expect(thread).toContainText('Remove this sentence.');
  // The deletion saved, not only the comment before it: reloading earlier would leave its
  // journal entry behind, and the app would rightly offer to recover it.
  await expect(page.getByRole('status')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(path.join(app.libraryDir, 'Short.brief'), 'utf8'));
  expect(JSON.stringify(saved.doc)).not.toContain('Remove this sentence.');
  expect(saved.annotations).toHaveLength(1);
  await page.reload();
  await openNote(page, 'Short.brief');
  await expect(page.getByRole('region', { name: 'Annotations' }).getByRole('article', { name: /Is this needed/ })).toContainText('Detached');
});

test('comments can overlap, and the keyboard moves between them', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Overlap.brief', 'Overlap', 'Vietnam and Japan co-chaired the meeting.');
  await page.goto(app.url);
  await openNote(page, 'Overlap.brief');
  await comment(page, 'Vietnam and Japan', 'Name both delegations.');
  await comment(page, 'Japan co-chaired', 'Check the verb.');
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(note.locator('span[data-thread]')).not.toHaveCount(0);
  const threads = await note.evaluate((element) => {
    const ids = new Map<string, string>();
    for (const span of element.querySelectorAll<HTMLElement>('span[data-thread]')) ids.set(span.dataset.thread!, (ids.get(span.dataset.thread!) ?? '') + span.textContent);
    return [...ids.values()];
  });
  expect(threads.sort()).toEqual(['Japan co-chaired', 'Vietnam and Japan']);
  await expect(page.locator('footer').getByText('2 open comments')).toBeVisible();

  // Posting leaves the selection on the second thread's text.
  await page.keyboard.press('Control+Alt+ArrowUp');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('Vietnam and Japan');
  await page.keyboard.press('Control+Alt+ArrowDown');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('Japan co-chaired');

  const panel = page.getByRole('region', { name: 'Annotations' });
  await panel.getByRole('article', { name: /Check the verb/ }).getByRole('button', { name: 'Resolve' }).click();
  await panel.getByRole('combobox', { name: 'Show threads' }).selectOption('open');
  await expect(panel.getByRole('article')).toHaveCount(1);
  await panel.getByRole('combobox', { name: 'Show threads' }).selectOption('resolved');
  await expect(panel.getByRole('article', { name: /Check the verb/ })).toBeVisible();
});

test('comment text is plain text: markup stays visible and never runs', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Safe.brief', 'Safe', 'Some text to comment on.');
  await page.goto(app.url);
  await openNote(page, 'Safe.brief');
  await comment(page, 'comment on', '<img src=x onerror="window.__ran=1"> <b>bold?</b>');
  const thread = page.getByRole('region', { name: 'Annotations' }).getByRole('article', { name: /img src/ });
  await expect(thread).toContainText('<img src=x onerror="window.__ran=1"> <b>bold?</b>');
  await expect(thread.locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});

test('a highlight on the source article re-attaches when the same article is imported again', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open sample article' }).click();
  const source = page.getByRole('region', { name: 'Source article' });
  await expect(source).toContainText('Tripartite Partnership Programme');
  await selectText(source, 'Tripartite Partnership Programme');
  await source.getByRole('button', { name: 'Highlight as Verify' }).click();
  await expect(source).toHaveAttribute('data-highlights', '1');
  const card = page.getByRole('region', { name: 'Annotations' }).getByRole('article', { name: 'Verify highlight in the source article' });
  await expect(card).toContainText('Tripartite Partnership Programme');

  // The same article, scraped again: clutter around it and an extra paragraph at the top move every offset.
  const sample = await readFile(path.resolve('assets/seed-article.txt'), 'utf8');
  const scraped = sample.replace('Hanoi (VNA) –', 'Editor’s note: this report was updated.\n\nHanoi (VNA) –') + '\n\nRead full this story\n\nprint PRINT\n';
  await source.getByRole('button', { name: 'Re-import article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-import article' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(scraped);
  await dialog.getByRole('button', { name: 'Replace the article' }).click();
  await expect(page.getByRole('alert')).toContainText('every highlight and citation found its passage');
  await expect(source).toContainText('Editor’s note');
  await expect(source).toHaveAttribute('data-highlights', '1');
  await expect(card).not.toContainText('Detached');
  await card.getByRole('button', { name: 'Tripartite Partnership Programme' }).click();
  await expect(source).toHaveAttribute('data-highlighted', /\d+-\d+/);
});

test('highlights on the note carry their meaning and can be removed', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Marked.brief', 'Marked', 'Japan donated heavy engineering equipment.');
  await page.goto(app.url);
  await openNote(page, 'Marked.brief');
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await selectText(note, 'heavy engineering equipment');
  await page.getByRole('toolbar', { name: 'Note tools' }).getByRole('button', { name: 'Highlight as Sensitive' }).click();
  await expect(note.locator('mark[data-meaning="sensitive"]')).toHaveText('heavy engineering equipment');
  const card = page.getByRole('region', { name: 'Annotations' }).getByRole('article', { name: 'Sensitive highlight in the note' });
  await card.getByRole('button', { name: 'Remove highlight' }).click();
  await expect(note.locator('mark')).toHaveCount(0);
});

test('a half-typed reply survives other review actions, and an open composer stays with its note', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'One.brief', 'One', 'Vietnam and Japan co-chaired the meeting.');
  await writeNote(app.libraryDir, 'Two.brief', 'Two', 'A different note entirely.');
  await page.goto(app.url);
  await openNote(page, 'One.brief');
  await comment(page, 'Vietnam', 'First thread.');
  await comment(page, 'co-chaired', 'Second thread.');
  const panel = page.getByRole('region', { name: 'Annotations' });
  const first = panel.getByRole('article', { name: /First thread/ });
  await first.getByRole('textbox', { name: 'Reply' }).fill('Half-typed reply');
  await panel.getByRole('article', { name: /Second thread/ }).getByRole('button', { name: 'Resolve' }).click();
  await expect(first.getByRole('textbox', { name: 'Reply' })).toHaveValue('Half-typed reply');

  // Start a comment, then leave for another note: the composer must not follow.
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await selectText(page.getByRole('textbox', { name: 'Briefing note' }), 'meeting');
  await page.keyboard.press('Control+Alt+M');
  await expect(panel.getByRole('textbox', { name: 'Comment' })).toBeVisible();
  // The half-typed reply is still unposted, so leaving asks first.
  await clickInLibrary(page, 'Two.brief');
  await page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.locator('.status-file')).toHaveText('Two.brief');
  await expect(panel.getByRole('textbox', { name: 'Comment' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Briefing note' }).locator('span[data-thread]')).toHaveCount(0);
});

test('cards sit level with their text, in a long note with hundreds of comments too, and follow it as lines are added', async ({ page, app }) => {
  // 300 paragraphs, a comment on the first word of every sixth one: room for each card beside its text.
  const paragraphs = Array.from({ length: 300 }, (_, index) => ({
    type: 'paragraph',
    content:
      index % 6 === 0
        ? [
            { type: 'text', text: `Point${index}`, marks: [{ type: 'comment', attrs: { threadId: `t-${index}` } }] },
            { type: 'text', text: ' of the talks, with enough words after it to fill most of a line.' },
          ]
        : [{ type: 'text', text: `Paragraph ${index} of the talks.` }],
  }));
  const threads = paragraphs.flatMap((_, index) =>
    index % 6 === 0
      ? [{ id: `t-${index}`, kind: 'comment', status: 'open', quote: `Point${index}`, resolved: null, comments: [{ id: `m-${index}`, author: 'Lan', created: '2022-10-11T09:00:00.000Z', edited: null, text: `Check point ${index}.` }] }]
      : [],
  );
  await writeFile(path.join(app.libraryDir, 'Long.brief'), noteFileText('Long', '', { doc: { type: 'doc', content: paragraphs }, annotations: threads }));
  await page.goto(app.url);
  await openNote(page, 'Long.brief');
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  const panel = page.getByRole('region', { name: 'Annotations' });
  const cardFor = (index: number) => panel.getByRole('article', { name: new RegExp(`: Check point ${index}\\.$`) });
  const offset = async (index: number): Promise<number> => {
    const text = await editor.getByText(`Point${index}`, { exact: true }).boundingBox();
    const card = await cardFor(index).boundingBox();
    return text && card ? Math.abs(card.y - text.y) : Infinity;
  };
  await expect(panel.getByRole('article')).toHaveCount(50);
  // The first cards have room to sit level with their text.
  await expect.poll(() => offset(0)).toBeLessThan(4);

  // Far down, past blocks never laid out before: the card is level with its text once there.
  await editor.getByText('Point294', { exact: true }).scrollIntoViewIfNeeded();
  await expect.poll(() => offset(294)).toBeLessThan(40);

  // New lines above a comment push its card down with its text.
  await editor.getByText('Point0', { exact: true }).click();
  await page.keyboard.press('Home');
  const before = (await cardFor(0).boundingBox())!.y - (await panel.boundingBox())!.y;
  for (let line = 0; line < 3; line++) await page.keyboard.press('Enter');
  await expect.poll(async () => (await cardFor(0).boundingBox())!.y - (await panel.boundingBox())!.y).toBeGreaterThan(before + 40);
  await expect.poll(() => offset(0)).toBeLessThan(4);
});

test('a card stays level with its text when the text scrolls far away', async ({ page, app }) => {
  // The comment is on the third line of the first paragraph; 300 more paragraphs below it.
  const opening = 'The delegates met in Hanoi for two days of talks on the training of staff for peacekeeping missions, '.repeat(3);
  const paragraphs = [
    { type: 'paragraph', content: [{ type: 'text', text: opening }, { type: 'text', text: 'Anchorword', marks: [{ type: 'comment', attrs: { threadId: 't-1' } }] }, { type: 'text', text: ' closes it.' }] },
    ...Array.from({ length: 300 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${index} of the talks.` }] })),
  ];
  const thread = { id: 't-1', kind: 'comment', status: 'open', quote: 'Anchorword', resolved: null, comments: [{ id: 'm-1', author: 'Lan', created: '2022-10-11T09:00:00.000Z', edited: null, text: 'Check the anchor.' }] };
  await writeFile(path.join(app.libraryDir, 'Far.brief'), noteFileText('Far', '', { doc: { type: 'doc', content: paragraphs }, annotations: [thread] }));
  await page.goto(app.url);
  await openNote(page, 'Far.brief');
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  const card = page.getByRole('region', { name: 'Annotations' }).getByRole('article', { name: /Check the anchor\.$/ });
  const offset = async (): Promise<number> => {
    const text = await editor.getByText('Anchorword', { exact: true }).boundingBox();
    const box = await card.boundingBox();
    return text && box ? Math.abs(box.y - text.y) : Infinity;
  };
  await expect.poll(offset).toBeLessThan(4);

  await editor.click();
  await page.keyboard.press('Control+End');
  await expect(editor.getByText('Paragraph 299 of the talks.')).toBeInViewport();
  // The cards are placed again in the frame after a scroll: let two frames pass.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await offset()).toBeLessThan(4);
});

test('a comment typed and not posted is not lost without asking when another note is opened', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Alpha.brief', 'Alpha', 'The ministers met in Hanoi for training talks.');
  await writeNote(app.libraryDir, 'Beta.brief', 'Beta', 'Logistics for the next rotation.');
  await page.goto(app.url);
  await openNote(page, 'Alpha.brief');
  await selectText(page.getByRole('textbox', { name: 'Briefing note' }), 'training');
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByRole('region', { name: 'Annotations' });
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Which courses exactly?');

  // The note itself is saved: only the comment box holds anything. Leaving used to drop it.
  await clickInLibrary(page, 'Beta.brief');
  const ask = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(ask).toContainText('A comment or reply you were writing has not been posted.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.status-file')).toHaveText('Alpha.brief');
  await expect(panel.getByRole('textbox', { name: 'Comment' })).toHaveValue('Which courses exactly?');

  await clickInLibrary(page, 'Beta.brief');
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.locator('.status-file')).toHaveText('Beta.brief');
});
