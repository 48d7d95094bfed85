import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createEmptyNote } from '../../core/document/note-format';

/** A current-version note file's text, as another copy of Briefing Desk would write it. */
export function noteFileText(title: string, body: string, extra: Record<string, unknown> = {}): string {
  const note = createEmptyNote(new Date('2022-10-11T09:00:00.000Z'));
  const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: body }] }] };
  return `${JSON.stringify({ ...note, meta: { ...note.meta, title }, doc, ...extra }, null, 2)}\n`;
}

export async function writeNote(libraryDir: string, fileName: string, title: string, body: string): Promise<void> {
  await writeFile(path.join(libraryDir, fileName), noteFileText(title, body));
}

/** The plain text of a note file's body. */
export async function bodyOf(libraryDir: string, fileName: string): Promise<string> {
  const note = JSON.parse(await readFile(path.join(libraryDir, fileName), 'utf8'));
  return JSON.stringify(note.doc);
}

export async function journalEntries(dataDir: string): Promise<string[]> {
  const folder = path.join(dataDir, 'recovery');
  const names = await readdir(folder).catch(() => []);
  return Promise.all(names.filter((name) => name.endsWith('.json')).map((name) => readFile(path.join(folder, name), 'utf8')));
}
