import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './browser-mode-fixture';

test('a note file that is not valid is reported by name and left untouched', async ({ page, app }) => {
  await page.goto(app.url);
  const good = JSON.stringify({
    format: 'briefing-desk/note',
    version: 1,
    title: 'Broken brief',
    created: '2022-10-11T00:00:00.000Z',
    modified: '2022-10-11T00:00:00.000Z',
    doc: { type: 'doc', content: [] },
  });
  const broken = `${good.slice(0, 60)}`; // a file cut off mid-write by another program
  await writeFile(path.join(app.libraryDir, 'Broken brief.brief'), good);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialogButton = page.getByRole('dialog', { name: 'Open note' }).getByRole('button', { name: /^Broken brief/ });
  await expect(dialogButton).toBeVisible();
  await writeFile(path.join(app.libraryDir, 'Broken brief.brief'), broken);
  await dialogButton.click();

  await expect(page.getByRole('alert').filter({ hasText: 'Broken brief.brief' })).toContainText('damaged or cut short');
  expect(await readFile(path.join(app.libraryDir, 'Broken brief.brief'), 'utf8')).toBe(broken);
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeEditable();
});
