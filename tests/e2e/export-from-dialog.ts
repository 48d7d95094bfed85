import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './browser-mode-fixture';

/** Exports the open note through the toolbar's Export dialog in `format`, and gives the file's name and text from the library's `exports/`. */
export async function exportFromDialog(page: Page, libraryDir: string, format: 'html' | 'md'): Promise<{ file: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export note' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption(format);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('alert')).toContainText('Exported to exports');
  const [file] = await readdir(path.join(libraryDir, 'exports'));
  if (!file) throw new Error('nothing in exports/');
  return { file, text: await readFile(path.join(libraryDir, 'exports', file), 'utf8') };
}
