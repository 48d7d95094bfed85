import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../../core/host/host-error';
import { RecoveryJournal, type RecoveryEntryInput } from '../../../electron/services/recovery-journal';
import { freshTempFolder, leftoverTempFiles } from './temp-folder';

/** A clock that moves one minute forward each time it is read. */
function tickingClock(start = '2025-03-01T09:00:00.000Z'): () => Date {
  let time = new Date(start).getTime();
  return () => {
    const now = new Date(time);
    time += 60_000;
    return now;
  };
}

function entry(title: string, text = title): RecoveryEntryInput {
  return {
    noteId: `${title}.brief`,
    title,
    preview: text.slice(0, 40),
    note: { format: 'briefing-desk/note', title, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
  };
}

async function journalInTempFolder(): Promise<{ root: string; folder: string; journal: RecoveryJournal }> {
  const root = await freshTempFolder();
  const folder = path.join(root, 'recovery');
  return { root, folder, journal: new RecoveryJournal(folder, tickingClock()) };
}

async function expectHostError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe(code);
}

/** Every file and folder under `folder`, as relative paths. */
async function everythingUnder(folder: string): Promise<string[]> {
  const names = await fs.readdir(folder, { recursive: true });
  return names.map(String).sort();
}

describe('RecoveryJournal', () => {
  it('reads back what was written, with the time it was journaled', async () => {
    const { journal } = await journalInTempFolder();
    const written = entry('Budget talks', 'Ministers met on Monday.');

    await journal.write('tab-1', written);

    expect(await journal.read('tab-1')).toEqual({
      key: 'tab-1',
      noteId: 'Budget talks.brief',
      title: 'Budget talks',
      preview: 'Ministers met on Monday.',
      savedAt: '2025-03-01T09:00:00.000Z',
      etag: null,
      note: written.note,
    });
  });

  it('remembers which file version the unsaved changes started from', async () => {
    const { journal } = await journalInTempFolder();

    await journal.write('tab-1', { ...entry('Budget talks'), etag: '1740819600000-512-9f86d081' });

    expect((await journal.read('tab-1')).etag).toBe('1740819600000-512-9f86d081');
  });

  it('keeps a note that has never been saved (no note id)', async () => {
    const { journal } = await journalInTempFolder();

    await journal.write('untitled', { ...entry('Untitled'), noteId: null });

    expect((await journal.read('untitled')).noteId).toBeNull();
  });

  it('lists entries newest first, as summaries without the note body', async () => {
    const { journal } = await journalInTempFolder();
    await journal.write('first', entry('First'));
    await journal.write('second', entry('Second'));
    await journal.write('third', entry('Third'));

    const summaries = await journal.list();

    expect(summaries.map((summary) => summary.key)).toEqual(['third', 'second', 'first']);
    expect(summaries[0]).toEqual({
      key: 'third',
      noteId: 'Third.brief',
      title: 'Third',
      preview: 'Third',
      savedAt: '2025-03-01T09:02:00.000Z',
    });
    for (const summary of summaries) expect(summary).not.toHaveProperty('note');
  });

  it('lists nothing when no entry was ever written', async () => {
    const { journal } = await journalInTempFolder();

    expect(await journal.list()).toEqual([]);
  });

  it('keeps one file per key: a newer write replaces the older one', async () => {
    const { folder, journal } = await journalInTempFolder();
    await journal.write('tab-1', entry('Draft', 'first words'));

    await journal.write('tab-1', entry('Draft', 'first words, and more'));

    expect(await fs.readdir(folder)).toEqual(['tab-1.json']);
    expect((await journal.read('tab-1')).preview).toBe('first words, and more');
    expect(await journal.list()).toHaveLength(1);
  });

  it('shortens an overlong title and preview instead of refusing them', async () => {
    const { journal } = await journalInTempFolder();

    await journal.write('long', { ...entry('x'), title: 't'.repeat(600), preview: `${'p'.repeat(1999)}😀 and more` });

    const read = await journal.read('long');
    expect(read.title).toBe('t'.repeat(500));
    expect(read.preview).toBe('p'.repeat(1999));
  });

  it('discards an entry, and discarding it again is not an error', async () => {
    const { folder, journal } = await journalInTempFolder();
    await journal.write('tab-1', entry('Draft'));

    await journal.discard('tab-1');
    await journal.discard('tab-1');

    expect(await fs.readdir(folder)).toEqual([]);
    expect(await journal.list()).toEqual([]);
    await expectHostError(journal.read('tab-1'), 'not-found');
  });

  it('discarding an entry in a journal never written to is not an error', async () => {
    const { journal } = await journalInTempFolder();

    await expect(journal.discard('tab-1')).resolves.toBeUndefined();
  });

  it('reports a missing entry as not found', async () => {
    const { journal } = await journalInTempFolder();
    await journal.write('other', entry('Other'));

    await expectHostError(journal.read('tab-1'), 'not-found');
  });

  it('skips a damaged entry when listing and leaves its file untouched', async () => {
    const { folder, journal } = await journalInTempFolder();
    await journal.write('good', entry('Good'));
    const damaged = path.join(folder, 'damaged.json');
    await fs.writeFile(damaged, '{"format":"briefing-desk/recovery","version":1,"key":"dam');

    const summaries = await journal.list();

    expect(summaries.map((summary) => summary.key)).toEqual(['good']);
    expect(await fs.readFile(damaged, 'utf8')).toBe('{"format":"briefing-desk/recovery","version":1,"key":"dam');
  });

  it.each([
    ['truncated JSON', '{"format":"briefing-desk/recovery"'],
    ['an empty file', ''],
    ['another format', JSON.stringify({ format: 'something-else', version: 1 })],
    [
      'an entry without its note',
      JSON.stringify({ format: 'briefing-desk/recovery', version: 1, key: 'damaged', noteId: null, title: '', preview: '', savedAt: '2025-03-01T09:00:00.000Z' }),
    ],
    [
      'an entry filed under another key',
      JSON.stringify({ format: 'briefing-desk/recovery', version: 1, key: 'other', noteId: null, title: '', preview: '', savedAt: '2025-03-01T09:00:00.000Z', note: {} }),
    ],
  ])('reports %s as a damaged entry and leaves the file as it is', async (_label, contents) => {
    const { folder, journal } = await journalInTempFolder();
    await fs.mkdir(folder);
    const damaged = path.join(folder, 'damaged.json');
    await fs.writeFile(damaged, contents);

    await expectHostError(journal.read('damaged'), 'invalid-note');
    expect(await journal.list()).toEqual([]);
    expect(await fs.readFile(damaged, 'utf8')).toBe(contents);
  });

  it('ignores files that are not journal entries', async () => {
    const { folder, journal } = await journalInTempFolder();
    await journal.write('good', entry('Good'));
    await fs.writeFile(path.join(folder, '.good.json.0123456789ab.tmp'), '{"half":');
    await fs.writeFile(path.join(folder, 'notes.txt'), 'hello');
    await fs.writeFile(path.join(folder, 'not a key.json'), '{}');

    expect((await journal.list()).map((summary) => summary.key)).toEqual(['good']);
  });

  it.each(['../x', 'a/b', '', 'x'.repeat(65), 'a b', '..', 'a\\b', 'tab\u0000'])(
    'refuses the key %j for write, read and discard, creating no file',
    async (key) => {
      const { root, journal } = await journalInTempFolder();

      await expectHostError(journal.write(key, entry('Draft')), 'invalid-arguments');
      await expectHostError(journal.read(key), 'invalid-arguments');
      await expectHostError(journal.discard(key), 'invalid-arguments');

      expect(await everythingUnder(root)).toEqual([]);
    },
  );

  it('accepts a key as long as 64 characters', async () => {
    const { journal } = await journalInTempFolder();
    const key = 'k'.repeat(64);

    await journal.write(key, entry('Draft'));

    expect((await journal.read(key)).key).toBe(key);
  });

  it('accepts the keys the renderer makes with crypto.randomUUID()', async () => {
    const { journal } = await journalInTempFolder();
    const key = crypto.randomUUID();

    await journal.write(key, entry('Draft'));

    expect((await journal.list()).map((summary) => summary.key)).toEqual([key]);
  });

  it('leaves no temporary files behind after writing', async () => {
    const { folder, journal } = await journalInTempFolder();

    for (let version = 0; version < 10; version++) await journal.write(`tab-${version % 3}`, entry(`Draft ${version}`));

    expect(await leftoverTempFiles(folder)).toEqual([]);
    expect((await fs.readdir(folder)).sort()).toEqual(['tab-0.json', 'tab-1.json', 'tab-2.json']);
  });

  it('refuses an entry without a note to keep', async () => {
    const { root, journal } = await journalInTempFolder();

    await expectHostError(journal.write('tab-1', { ...entry('Draft'), note: undefined }), 'invalid-arguments');

    expect(await everythingUnder(root)).toEqual([]);
  });
});
