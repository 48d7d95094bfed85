import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './browser-mode-fixture';
import { noteFileText } from './note-files';

// Long notes lay out only the blocks near the screen (renderer/editor/long-note-window.ts);
// these tests drive everything that reaches blocks out of layout.
test.describe.configure({ timeout: 90_000 });

const BLOCKS = 1500;
const filler = 'The delegates met for talks on training staff for peacekeeping missions. ';

/** 1,500 paragraphs of one to four lines; a comment on the first word of every fiftieth one. */
function longNote(): string {
  const paragraphs = Array.from({ length: BLOCKS }, (_, index) => ({
    type: 'paragraph',
    content: [
      index % 50 === 0
        ? { type: 'text', text: `Point${index}`, marks: [{ type: 'comment', attrs: { threadId: `t-${index}` } }] }
        : { type: 'text', text: `Paragraph ${index}` },
      { type: 'text', text: ` of a long note. ${filler.repeat(index % 4)}` },
    ],
  }));
  const threads = paragraphs.flatMap((_, index) =>
    index % 50 === 0
      ? [{ id: `t-${index}`, kind: 'comment', status: 'open', quote: `Point${index}`, resolved: null, comments: [{ id: `m-${index}`, author: 'Lan', created: '2022-10-11T09:00:00.000Z', edited: null, text: `Check point ${index}.` }] }]
      : [],
  );
  return noteFileText('Long', '', { doc: { type: 'doc', content: paragraphs }, annotations: threads });
}

async function openLongNote(page: Page, app: { url: string; libraryDir: string }): Promise<Locator> {
  await writeFile(path.join(app.libraryDir, 'Long.brief'), longNote());
  await page.goto(app.url);
  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: /^Long .*Long\.brief$/ }).click();
  await expect(page.locator('.status-file')).toHaveText('Long.brief');
  return page.getByRole('textbox', { name: 'Briefing note' });
}

/** The paragraphs Chromium lays out (the others are `display: none`). */
const laidOut = (editor: Locator): Promise<number> => editor.evaluate((body) => [...body.children].filter((child) => child.tagName === 'P' && child.getClientRects().length > 0).length);

/** The text of the paragraph shown nearest the middle of the screen (the middle may fall between two). */
const paragraphAtMiddle = (editor: Locator): Promise<string> =>
  editor.evaluate((body) => {
    const middle = innerHeight / 2;
    let nearest: { text: string; distance: number } = { text: '', distance: Infinity };
    for (const child of body.querySelectorAll('p')) {
      const rect = child.getBoundingClientRect();
      if (rect.height === 0) continue;
      const distance = Math.max(rect.top - middle, middle - rect.bottom, 0);
      if (distance < nearest.distance) nearest = { text: child.textContent ?? '', distance };
    }
    return nearest.distance < 40 ? nearest.text : '';
  });

const scrollTo = (editor: Locator, share: number): Promise<void> =>
  editor.evaluate((body, part) => {
    const area = body.closest('.writing-area')!;
    area.scrollTop = (area.scrollHeight - area.clientHeight) * part;
  }, share);

test('a long note lays out only what is near the screen; Ctrl+End, Ctrl+Home, scrolling and typing reach all of it, and all of it is saved', async ({ page, app }) => {
  const editor = await openLongNote(page, app);
  await expect(editor.locator('p')).toHaveCount(BLOCKS);
  await expect.poll(() => laidOut(editor)).toBeLessThan(150);

  await editor.press('ControlOrMeta+End');
  await page.keyboard.type(' Zulu');
  const last = editor.locator('p').last();
  await expect(last).toHaveText(/^Paragraph 1499 of a long note\. .* Zulu$/);
  await expect(last).toBeInViewport();
  await expect.poll(() => laidOut(editor)).toBeLessThan(150);

  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('Alpha ');
  const first = editor.locator('p').first();
  await expect(first).toHaveText(/^Alpha Point0 of a long note\./);
  await expect(first).toBeInViewport();

  // Dragging the scroll bar to the middle: the text there is laid out in the frame after.
  await scrollTo(editor, 0.5);
  await expect.poll(() => paragraphAtMiddle(editor)).toMatch(/^(Paragraph |Point)\d+ of a long note/);
  const middle = /(\d+)/.exec(await paragraphAtMiddle(editor))![1]!;
  expect(Number(middle)).toBeGreaterThan(BLOCKS * 0.3);
  expect(Number(middle)).toBeLessThan(BLOCKS * 0.7);
  const atMiddle = editor.locator('p', { hasText: new RegExp(`^(Paragraph |Point)${middle} of a long note`) });
  await atMiddle.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Mike');
  await expect(atMiddle).toContainText(' Mike');

  // PageDown moves the caret a screen at a time into text laid out as it comes.
  await page.keyboard.press('ControlOrMeta+Home');
  for (let screen = 0; screen < 8; screen++) await page.keyboard.press('PageDown');
  await page.keyboard.type('Papa ');
  const paged = editor.locator('p', { hasText: 'Papa ' });
  await expect(paged).toBeInViewport();
  expect(Number(/(\d+) of a long note/.exec((await paged.textContent())!)![1])).toBeGreaterThan(20);

  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(path.join(app.libraryDir, 'Long.brief'), 'utf8')) as { doc: { content: { content: { text: string }[] }[] } };
  const texts = saved.doc.content.map((block) => block.content.map((piece) => piece.text).join(''));
  expect(texts).toHaveLength(BLOCKS);
  expect(texts[0]).toMatch(/^Alpha Point0 /);
  expect(texts[Number(middle)]).toContain(' Mike');
  expect(texts[BLOCKS - 1]).toMatch(/ Zulu$/);
  expect(texts.filter((text) => text.includes('Papa '))).toHaveLength(1);
});

test('in a long note, a selection from the start to the end replaces all of it, and find brings a far match into view', async ({ page, app }) => {
  const editor = await openLongNote(page, app);
  await editor.press('ControlOrMeta+Home');

  await page.keyboard.press('ControlOrMeta+f');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByRole('textbox', { name: 'Find' }).fill('Paragraph 1234 of');
  await expect(bar.getByRole('status')).toHaveText('1 of 1');
  const match = editor.locator('p', { hasText: 'Paragraph 1234 of' });
  await expect(match).toBeInViewport();

  // Scrolling away with the bar open stays away, though the window follows the scroll.
  await scrollTo(editor, 0);
  await expect.poll(() => paragraphAtMiddle(editor)).toMatch(/^(Paragraph |Point)\d of a long note/);
  await expect(match).not.toBeInViewport();
  await bar.getByRole('textbox', { name: 'Find' }).press('Enter');
  await expect(match).toBeInViewport();
  await bar.getByRole('textbox', { name: 'Find' }).press('Escape');

  // A card near there is level with its text, though that text was never laid out before.
  const panel = page.getByRole('region', { name: 'Annotations' });
  const offset = async (): Promise<number> => {
    const text = await editor.getByText('Point1250', { exact: true }).boundingBox();
    const card = await panel.getByRole('article', { name: /: Check point 1250\.$/ }).boundingBox();
    return text && card ? Math.abs(card.y - text.y) : Infinity;
  };
  await editor.getByText('Point1250', { exact: true }).scrollIntoViewIfNeeded();
  await expect.poll(offset).toBeLessThan(4);
  // Cards of text out of layout stand where their spacer says that text is: in order, far below.
  const cardTop = async (index: number): Promise<number> => (await panel.getByRole('article', { name: new RegExp(`: Check point ${index}\\.$`) }).boundingBox())!.y;
  expect((await cardTop(1450)) - (await cardTop(1250))).toBeGreaterThan(200 * 24);
  expect((await cardTop(1250)) - (await cardTop(200))).toBeGreaterThan(1000 * 24);

  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+Shift+End');
  await page.keyboard.type('Replaced');
  await expect(editor.locator('p')).toHaveCount(1);
  await expect(editor).toHaveText('Replaced');
});

test('a long note stays whole through undoing its replacement, a narrower window, and another note opened in between', async ({ page, app }) => {
  const editor = await openLongNote(page, app);
  await editor.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+Shift+End');
  await page.keyboard.type('Replaced');
  await expect(editor.locator('p')).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.locator('p')).toHaveCount(BLOCKS);
  await expect.poll(() => laidOut(editor)).toBeLessThan(150);

  await page.setViewportSize({ width: 1000, height: 700 });
  await page.keyboard.press('ControlOrMeta+End');
  await expect(editor.locator('p').last()).toBeInViewport();
  await scrollTo(editor, 0.25);
  await expect.poll(() => paragraphAtMiddle(editor)).toMatch(/^(Paragraph |Point)\d+ of a long note/);

  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(editor.locator('p')).toHaveCount(1);
  // Saved, its title follows its first line: found by its file name.
  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: /Long\.brief$/ }).click();
  await expect(editor.locator('p')).toHaveCount(BLOCKS);
  await expect.poll(() => laidOut(editor)).toBeLessThan(150);
  await editor.press('ControlOrMeta+End');
  await page.keyboard.type(' Zulu');
  await expect(editor.locator('p').last()).toHaveText(/ Zulu$/);
  await expect(editor.locator('p').last()).toBeInViewport();
});
