import { test, expect } from './browser-mode-fixture';
import { exportFromDialog } from './export-from-dialog';

test('a decision block is inserted, ticked by keyboard and exported with its boxes', async ({ page, app }) => {
  await page.goto(app.url);
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await note.click();
  await page.keyboard.type('Recommendations');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Insert decision block' }).click();
  await page.keyboard.type('That you agree Viet Nam co-chairs the EWG PKO.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('That you note the training offer.');

  const first = page.getByRole('group', { name: 'Decision on recommendation 1' });
  const second = page.getByRole('group', { name: 'Decision on recommendation 2' });
  await first.getByRole('checkbox', { name: 'Agreed', exact: true }).click();
  await expect(first.getByRole('checkbox', { name: 'Agreed', exact: true })).toBeChecked();
  // Keyboard: Tab from the recommendation's text reaches its boxes; Space ticks.
  await note.getByText('That you note the training offer.').click();
  await page.keyboard.press('Tab');
  await expect(second.getByRole('checkbox', { name: 'Agreed', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(second.getByRole('checkbox', { name: 'Not agreed' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(second.getByRole('checkbox', { name: 'Noted' })).toBeChecked();
  await page.keyboard.press('Escape');
  await page.keyboard.type(' Now.');
  await expect(note).toContainText('That you note the training offer. Now.');
  // Enter twice leaves the block for a new paragraph after it.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the block');
  await expect(page.getByRole('group', { name: 'Decision on recommendation 3' })).toHaveCount(0);
  await expect(note.locator('section.decision + p')).toHaveText('After the block');
  // Ticking another box unticks the first.
  await first.getByRole('checkbox', { name: 'Not agreed' }).check();
  await first.getByRole('checkbox', { name: 'Agreed', exact: true }).check();
  await expect(first.getByRole('checkbox', { name: 'Not agreed' })).not.toBeChecked();
  await page.getByLabel('Critical date').fill('2022-10-14');
  await page.getByLabel('Reason').fill('Before the ADMM-Plus meeting');

  const { text: html } = await exportFromDialog(page, app.libraryDir, 'html');
  const text = html.replace(/<[^>]+>/g, '');
  expect(text).toContain('That you agree Viet Nam co-chairs the EWG PKO.☒ Agreed ☐ Not agreed ☐ Noted');
  expect(text).toContain('That you note the training offer. Now.☐ Agreed ☐ Not agreed ☒ Noted');
  expect(text).toContain('Signature:');
  expect(html).toContain('<dt>Critical date</dt><dd>14 October 2022 — Before the ADMM-Plus meeting</dd>');
});

test('portion marks flag unmarked paragraphs and raise the banner to the highest mark', async ({ page, app }) => {
  await page.goto(app.url);
  const note = page.getByRole('textbox', { name: 'Briefing note' });
  await note.click();
  await page.keyboard.type('Summary of the meeting');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Japan offered training');
  await page.getByRole('checkbox', { name: 'Portion marking' }).check();
  const status = page.getByRole('status').filter({ hasText: /unmarked|marked/ });
  await expect(status).toHaveText('2 unmarked paragraphs');
  await expect(page.locator('.portion-missing')).toHaveCount(2);

  const mark = page.getByRole('combobox', { name: 'Paragraph mark' });
  await mark.selectOption('C');
  await expect(status).toHaveText('1 unmarked paragraph');
  await expect(page.getByRole('note', { name: 'Classification banner' })).toHaveText('CONFIDENTIAL');
  await note.getByText('Summary of the meeting').click();
  await mark.selectOption('S');
  await expect(status).toHaveText('All paragraphs marked');
  await expect(page.getByRole('note', { name: 'Classification banner' })).toHaveText('SECRET');
  await expect(page.getByRole('combobox', { name: 'Classification' })).toBeDisabled();
  await expect(note).toContainText('(S)Summary of the meeting');

  const { text: markdown } = await exportFromDialog(page, app.libraryDir, 'md');
  expect(markdown).toContain('classification: SECRET');
  expect(markdown).toContain('portion_marking: true');
  expect(markdown).toContain('(S) Summary of the meeting\n\n(C) Japan offered training');
});
