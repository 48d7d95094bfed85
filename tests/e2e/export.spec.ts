import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './browser-mode-fixture';
import { exportFromDialog } from './export-from-dialog';

const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

test('the sample draft exports from the app to a PDF with its banner on every page and its title', async ({ page, app }) => {
  test.skip(!POPPLER, 'poppler-utils (pdftotext, pdfinfo) is not installed; .ci/run installs it.');
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open sample article' }).click();
  await expect(page.getByRole('region', { name: 'Source article' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Classification' }).selectOption('RESTRICTED');
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export note' });
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('alert')).toContainText('Exported to exports', { timeout: 30_000 });

  const [file] = await readdir(path.join(app.libraryDir, 'exports'));
  expect(file).toMatch(/\.pdf$/);
  const pdf = path.join(app.libraryDir, 'exports', file!);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThan(1);
  for (let number = 1; number <= pages; number++) {
    const text = execFileSync('pdftotext', ['-f', String(number), '-l', String(number), '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text, `page ${number}`).toContain('RESTRICTED');
    expect(text, `page ${number}`).toContain(`Page ${number} of ${pages}`);
  }
  const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(all).toContain('Tomoko Matsuzawa');
  expect(all).toContain('To complete:');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/^Creator:\s+Briefing Desk$/m);
  expect(info).toMatch(/^Keywords:\s+RESTRICTED, VNA, EWG PKO/m);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  const lastPage = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), pdf, '-'], { encoding: 'utf8' });
  expect(lastPage, 'the article follows as an annex').toContain('Annex A: Source article');
});

test('an HTML export is one self-contained file with the note in it', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type('Hà Nội, ngày 11 tháng 10 <script>alert(1)</script>');
  const { text: html } = await exportFromDialog(page, app.libraryDir, 'html');
  expect(html).toContain('Hà Nội, ngày 11 tháng 10 &lt;script&gt;');
  expect(html).not.toContain('<script>');
  expect(html).toContain('data:font/ttf;base64,');
});

test('a Markdown export from the app has the front matter and passes markdownlint', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open sample article' }).click();
  await expect(page.getByRole('region', { name: 'Source article' })).toBeVisible();
  const { file, text: markdown } = await exportFromDialog(page, app.libraryDir, 'md');
  expect(file).toMatch(/\.md$/);
  expect(markdown).toMatch(/^---\ntitle: The 16th Meeting/);
  expect(markdown).toContain('[^1]: VNA, “');
  const { lint } = await import('markdownlint/sync');
  const result = lint({ strings: { export: markdown }, config: { default: true, MD013: false, MD025: { front_matter_title: '' } } });
  expect(result.export ?? []).toEqual([]);
});

test.describe('a long export', () => {
  // Test hook (electron/browser-mode/test-hold-print.ts): every PDF print waits until it is cancelled.
  test.use({ hostEnv: { BRIEFING_TEST_HOLD_PRINT: '1' } });

  test('shows its progress, and Cancel stops it without writing a file; the next export still works', async ({ page, app }) => {
    const exportsDir = path.join(app.libraryDir, 'exports');
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Open sample article' }).click();
    await expect(page.getByRole('region', { name: 'Source article' })).toBeVisible();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export note' });
    await expect(dialog.getByRole('checkbox', { name: 'Include the source article' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Export' }).click();

    await expect(dialog.getByRole('status')).toHaveText('Printing the PDF…');
    await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('value', '2');
    await expect(dialog.getByRole('button', { name: 'Export' })).toBeDisabled();
    const { violations } = await new AxeBuilder({ page }).include('dialog.modal').analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await expect(dialog.getByRole('status')).toHaveText('Export cancelled. Nothing was written.');
    await expect(dialog.getByRole('progressbar')).toBeHidden();
    expect(await readdir(exportsDir).catch(() => [])).toEqual([]);

    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('html');
    await expect(dialog.getByRole('checkbox', { name: 'Include the source article' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert')).toContainText('Exported to exports');
    const files = await readdir(exportsDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.html$/);
    expect(await readFile(path.join(exportsDir, files[0]!), 'utf8')).toContain('Annex A: Source article');
  });
});
