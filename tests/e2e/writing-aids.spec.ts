import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './browser-mode-fixture';
import { noteFileText, writeNote } from './note-files';
import type { Page } from '@playwright/test';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const paragraph = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });
const heading = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });

async function openFromLibrary(page: Page, fileName: string, content: unknown[], libraryDir: string): Promise<void> {
  await writeFile(path.join(libraryDir, fileName), noteFileText(fileName.replace(/\.brief$/, ''), '', { doc: { type: 'doc', content } }));
  await page.reload();
  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: new RegExp(`^${fileName.replace(/\.brief$/, '')}`) }).first().click();
}

test('find and replace with match case and whole word; replace all is one undo step', async ({ page, app }) => {
  await page.goto(app.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Cat cat category cat.');

  await page.keyboard.press(`${mod}+f`);
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await expect(bar).toBeVisible();
  const find = bar.getByRole('textbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await expect(bar.getByRole('textbox', { name: 'Replace with' })).toBeHidden();
  await find.fill('cat');
  const position = bar.getByRole('status');
  await expect(position).toHaveText('1 of 4');
  await expect(editor.locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(4);

  await bar.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(position).toHaveText(/of 3$/);
  await bar.getByRole('checkbox', { name: 'Whole word' }).check();
  await expect(position).toHaveText(/of 2$/);
  await find.press('Enter');
  await expect(position).toHaveText('2 of 2');
  await find.press('Shift+Enter');
  await expect(position).toHaveText('1 of 2');
  await page.keyboard.press('F3');
  await expect(position).toHaveText('2 of 2');

  await page.keyboard.press(`${mod}+h`);
  const replace = bar.getByRole('textbox', { name: 'Replace with' });
  await expect(replace).toBeVisible();
  await replace.fill('dog');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(editor).toHaveText('Cat dog category dog.');
  await expect(position).toHaveText('Replaced 2 matches');

  await find.press('Escape');
  await expect(bar).toBeHidden();
  await expect(editor).toBeFocused();
  await expect(editor.locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(0);
  await page.keyboard.press(`${mod}+z`);
  await expect(editor).toHaveText('Cat cat category cat.');
});

test('a replacement made right after typing is still its own undo step', async ({ page, app }) => {
  await page.goto(app.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('The cat sat.');
  // Within the history's half second of the last key: the replacement must not join the typing.
  await page.keyboard.press(`${mod}+h`);
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByRole('textbox', { name: 'Find' }).fill('sat');
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('slept');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(editor).toHaveText('The cat slept.');
  await bar.getByRole('textbox', { name: 'Find' }).press('Escape');
  await page.keyboard.press(`${mod}+z`);
  await expect(editor).toHaveText('The cat sat.');
});

test('replacing keeps citations and comment marks outside the match', async ({ page, app }) => {
  await page.goto(app.url);
  const comment = [{ type: 'comment', attrs: { threadId: 't-1' } }];
  await openFromLibrary(
    page,
    'Talks.brief',
    [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Hanoi said ' },
          { type: 'text', text: 'the talks', marks: comment },
          { type: 'text', text: ' failed in Hanoi' },
          { type: 'citation', attrs: { citationId: 'c-1', paragraph: 2 } },
          { type: 'text', text: '.' },
        ],
      },
    ],
    app.libraryDir,
  );
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(editor).toContainText('Hanoi said the talks');
  await editor.click();
  await page.keyboard.press(`${mod}+h`);
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByRole('textbox', { name: 'Find' }).fill('Hanoi');
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('Ha Noi');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(editor).toContainText('Ha Noi said the talks failed in Ha Noi[¶2].');
  await expect(editor.locator('sup.citation')).toHaveCount(1);
  await expect(editor.locator('span.comment-anchor')).toHaveText('the talks');
});

test('the outline lists the headings and jumps to one', async ({ page, app }) => {
  await page.goto(app.url);
  const filler = Array.from({ length: 30 }, (_, i) => paragraph(`Paragraph ${i + 1} of the background, long enough to take a line or two on the page.`));
  await openFromLibrary(page, 'Visit brief.brief', [heading(1, 'Summary'), paragraph('Talks failed.'), heading(2, 'Background'), ...filler, heading(2, 'Recommendation'), paragraph('Hold.')], app.libraryDir);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(editor.getByRole('heading', { name: 'Recommendation' })).toHaveCount(1);

  const toggle = page.getByRole('button', { name: 'Outline', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const outline = page.getByRole('region', { name: 'Outline' });
  const summary = outline.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Summary' }) });
  await expect(summary.getByRole('button')).toHaveText(['Summary', 'Background', 'Recommendation']);

  await outline.getByRole('button', { name: 'Recommendation' }).click();
  const target = editor.getByRole('heading', { name: 'Recommendation' });
  await expect(target).toBeInViewport();
  await expect(editor).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('h2')?.textContent)).toBe('Recommendation');

  await outline.getByRole('button', { name: 'Summary' }).press('Enter');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('h1')?.textContent)).toBe('Summary');

  await editor.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('New section');
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await expect(outline.getByRole('button')).toHaveText(['Summary', 'New section', 'Background', 'Recommendation']);
});

test('word and character counts follow the note and the selection', async ({ page, app }) => {
  await page.goto(app.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Bộ Quốc phòng Việt Nam');
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(status).toContainText('5 words · 22 characters');
  await page.keyboard.press('Shift+Home');
  await expect(status).toContainText('Selection: 5 words · 22 characters');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(status).toContainText('Selection: 1 word · 3 characters');
});

test('the page gauge turns red when a long note passes its limit, and the limit is the note’s own', async ({ page, app }) => {
  await page.goto(app.url);
  const sentences = 'The delegation reported that the negotiations on the maritime boundary stalled again over fishing rights. ';
  const body = Array.from({ length: 14 }, (_, i) => paragraph(`${i + 1}. ${sentences.repeat(3)}`));
  await openFromLibrary(page, 'Long.brief', [heading(1, 'Maritime talks'), ...body], app.libraryDir);
  const gauge = page.getByRole('button', { name: /^Page fit:/ });
  await expect(gauge).toHaveAttribute('data-level', 'within');
  await expect(gauge).toContainText(/^[01]\.\d of 2 pages$/);

  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(sentences.repeat(40));
  await expect(gauge).toHaveAttribute('data-level', 'over');
  await expect(gauge).toContainText('over the limit');
  await expect(gauge).toHaveAccessibleName(/over the limit/);
  const pages = Number((await gauge.locator('.gauge-reading').textContent())?.split(' ')[0]);
  expect(pages).toBeGreaterThan(2);

  await gauge.click();
  const limit = page.getByRole('spinbutton', { name: 'Page limit for this note' });
  await expect(limit).toHaveValue('2');
  await limit.fill('0');
  await limit.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Page limit for this note' }).getByRole('alert')).toHaveText('Enter a whole number of pages from 1 to 50.');
  await limit.fill('4');
  await limit.press('Enter');
  await expect(gauge).toBeFocused();
  await expect(gauge).toHaveAttribute('data-level', 'within');
  await expect(gauge).toContainText(/of 4 pages$/);

  await page.keyboard.press(`${mod}+s`);
  await expect.poll(async () => JSON.parse(await readFile(path.join(app.libraryDir, 'Long.brief'), 'utf8')).meta.pageLimit).toBe(4);
});

test('a search left open goes on in the next note opened', async ({ page, app }) => {
  await writeNote(app.libraryDir, 'Talks.brief', 'Talks', 'The talks ended; more talks in May.');
  await writeNote(app.libraryDir, 'Visit.brief', 'Visit', 'The visit followed the talks.');
  await page.goto(app.url);
  const library = page.getByRole('complementary', { name: 'Library' });
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await library.getByRole('button', { name: /^Talks .*Talks\.brief$/ }).click();
  await expect(editor).toContainText('The talks ended');
  await page.keyboard.press(`${mod}+f`);
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByRole('textbox', { name: 'Find' }).fill('talks');
  await expect(bar.getByRole('status')).toHaveText(/of 2$/);

  await library.getByRole('button', { name: /^Visit .*Visit\.brief$/ }).click();
  await expect(editor).toContainText('The visit followed');
  await expect(bar.getByRole('status')).toHaveText(/of 1$/);
  await expect(editor.locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(1);
});

test('find brings a match far down the note into view, from the find field', async ({ page, app }) => {
  await page.goto(app.url);
  await openFromLibrary(page, 'Far.brief', Array.from({ length: 300 }, (_, i) => paragraph(`Paragraph ${i} of the talks.`)), app.libraryDir);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.press(`${mod}+Home`);
  await page.keyboard.press(`${mod}+f`);
  const bar = page.getByRole('search', { name: 'Find and replace' });
  const find = bar.getByRole('textbox', { name: 'Find' });
  await find.fill('Paragraph 280 of');
  await expect(bar.getByRole('status')).toHaveText('1 of 1');
  await expect(editor.getByText('Paragraph 280 of the talks.')).toBeInViewport();
  await find.fill('Paragraph 3 of');
  await expect(editor.getByText('Paragraph 3 of the talks.')).toBeInViewport();
  await expect(find).toBeFocused();
});
