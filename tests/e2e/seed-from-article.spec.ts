import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './browser-mode-fixture';

const ARTICLE = `Hanoi (VNA) – Vietnam and Japan held the 5th Defence Policy Dialogue in Hanoi on March 3, 2023.

The dialogue was co-chaired by Sr. Lt. Gen. Hoang Xuan Chien, Deputy Minister of National Defence, and Oka Masami, Vice Minister of Defence for International Affairs.

The two sides agreed to strengthen cooperation in UN peacekeeping and defence industry./.`;

test('open the sample article: a sourced draft with people, abbreviations and the article beside it', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open sample article' }).click();
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(note.getByRole('heading', { level: 2, name: 'Purpose' })).toBeVisible();
  await expect(note).toContainText('To complete:');
  await expect(note).toContainText('EWG PKO — Experts');
  await expect(note).toContainText('The 16th Meeting of the Experts');
  const source = page.getByRole('region', { name: 'Source article' });
  await expect(source).toContainText('Tomoko Matsuzawa');
  await expect(page.getByRole('status')).toHaveText('Unsaved changes');
});

test('the article reader is loaded when an article is first drafted, not when the app starts', async ({ page, app }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/assets/article-reading-')) loaded.push(request.url());
  });
  await page.goto(app.url);
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeEditable();
  // Its word lists and gazetteer take about 1 MB of memory: a session that only writes never pays for them.
  expect(loaded).toEqual([]);
  await page.getByRole('button', { name: 'Open sample article' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' }).getByRole('heading', { level: 2, name: 'Purpose' })).toBeVisible();
  expect(loaded).toHaveLength(1);
});

test('import by paste, quote into the note, follow the citation, save, reload: it still resolves', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
  await dialog.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Meeting brief' });
  await dialog.getByRole('button', { name: 'Create briefing note' }).click();

  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(note).toContainText('Hoang Xuan Chien');
  const source = page.getByRole('region', { name: 'Source article' });
  await expect(source).toContainText('defence industry');

  // Select a passage in the source and quote it at the end of the note.
  await note.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  const passage = 'strengthen cooperation in UN peacekeeping';
  await source.getByText(/The two sides agreed/).evaluate((span, wanted) => {
    const textNode = span.firstChild as Text;
    const start = textNode.data.indexOf(wanted);
    const range = document.createRange();
    range.setStart(textNode, start);
    range.setEnd(textNode, start + wanted.length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, passage);
  await source.getByRole('button', { name: 'Quote into note' }).click();
  await expect(note).toContainText(`“${passage}”`);
  const citation = note.locator('sup[data-citation]').last();
  await expect(citation).toHaveText('[¶3]');

  await citation.click();
  await expect(source).toHaveAttribute('data-highlighted', /\d+-\d+/);
  const highlighted = await source.getAttribute('data-highlighted');

  await page.keyboard.press('Control+S');
  const saveAs = page.getByRole('dialog', { name: 'Save note as' });
  await saveAs.getByRole('textbox', { name: 'Note name' }).fill('Defence dialogue');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(path.join(app.libraryDir, 'Defence dialogue.brief'), 'utf8'));
  const quoted = saved.annotations.find((entry: { selector: { exact: string }[] }) => entry.selector[0]?.exact === passage);
  expect(quoted).toMatchObject({ kind: 'citation', sourceId: 'source-1' });
  expect(saved.sources[0].text).toContain(passage);

  await page.reload();
  await page.getByRole('complementary', { name: 'Library' }).getByRole('list', { name: 'Notes', exact: true }).getByRole('button', { name: /^Vietnam and Japan/ }).click();
  await expect(source).toContainText('defence industry');
  await note.locator(`sup[data-citation="${quoted.id}"]`).click();
  await expect(source).toHaveAttribute('data-highlighted', highlighted!);
});

test('the classification banner follows the chosen level, including one the user defines', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open sample article' }).click();
  await expect(page.getByRole('region', { name: 'Source article' })).toBeVisible();
  const banner = page.getByRole('note', { name: 'Classification banner' });
  await expect(banner).toBeHidden();
  await page.getByRole('combobox', { name: 'Classification' }).selectOption('SECRET');
  await expect(banner).toHaveText('SECRET');
  await expect(banner).toHaveCSS('background-color', 'rgb(200, 16, 46)');

  await page.getByRole('combobox', { name: 'Marking scheme' }).selectOption({ label: 'Vietnam' });
  await page.getByRole('combobox', { name: 'Classification' }).selectOption('Tối mật');
  await expect(banner).toHaveText('Tối mật');

  await page.getByRole('combobox', { name: 'Classification' }).selectOption({ label: 'Other level…' });
  const custom = page.getByRole('dialog', { name: 'Add a classification level' });
  await custom.getByRole('textbox', { name: 'Level name' }).fill('EXERCISE ONLY');
  await custom.getByRole('button', { name: 'Add level' }).click();
  await expect(banner).toHaveText('EXERCISE ONLY');

  await page.keyboard.press('Control+S');
  await page.getByRole('dialog', { name: 'Save note as' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  const [file] = await readdir(app.libraryDir);
  expect(JSON.parse(await readFile(path.join(app.libraryDir, file!), 'utf8')).meta.classification).toBe('EXERCISE ONLY');
});

test('bad articles get a clear message and create nothing', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByRole('button', { name: 'Create briefing note' }).click();
  await expect(dialog.getByRole('alert')).toContainText('empty');
  await dialog.getByRole('textbox', { name: 'Article text' }).fill('<html><body><script>window.__ran = true</script><img src=x onerror="window.__ran = true"><p>Only this paragraph is the article text.</p></body></html>');
  await dialog.getByRole('button', { name: 'Create briefing note' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toContainText('Only this paragraph is the article text.');
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  await expect(page.getByRole('region', { name: 'Source article' })).not.toContainText('__ran');
});

test('an article file in Windows-1258 is opened in the import dialog, read as Vietnamese, and drafted', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByLabel('Article file').setInputFiles(path.resolve('tests/fixtures/articles/vietnamese-windows-1258.txt'));
  await expect(dialog).toContainText('Read as Windows-1258 (Vietnamese).');
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveValue(/Cục Gìn giữ hòa bình Việt Nam/);
  await dialog.getByRole('button', { name: 'Create briefing note' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toContainText('Tăng cường hợp tác quốc phòng Việt Nam - Nhật Bản');
  await expect(page.getByRole('region', { name: 'Source article' })).toContainText('hai bên nhất trí xây dựng kế hoạch hợp tác');
});

test('a cluttered HTML page dropped on the window becomes a draft of just the article', async ({ page, app }) => {
  await page.goto(app.url);
  const html = await readFile(path.resolve('tests/fixtures/articles/cluttered-page.html'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'cluttered-page.html', { type: 'text/html' }));
    return transfer;
  }, html);
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toContainText('Vietnam, Japan review peacekeeping training cooperation');
  const source = page.getByRole('region', { name: 'Source article' });
  await expect(source).toContainText('heavy engineering equipment');
  await expect(source).not.toContainText(/cookie|Injected by script|javascript:/i);
  // The page's scripts and onerror handlers would set this if anything had run them.
  expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned)).toBeUndefined();
});
