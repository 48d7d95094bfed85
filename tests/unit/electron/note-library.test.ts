import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmptyNote, type NoteFile } from '../../../core/document/note-file';
import { HostError } from '../../../core/host/host-error';
import { MAX_NOTE_BYTES, NoteLibrary } from '../../../electron/services/note-library';
import { freshTempFolder } from './temp-folder';

function noteTitled(title: string, text = title): NoteFile {
  return {
    ...createEmptyNote(new Date('2025-03-01T09:30:00.000Z')),
    title,
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  };
}

async function writeNoteFile(folder: string, id: string, note: unknown, modified?: Date): Promise<string> {
  const file = path.join(folder, id);
  await fs.writeFile(file, JSON.stringify(note));
  if (modified) await fs.utimes(file, modified, modified);
  return file;
}

async function libraryInTempFolder(): Promise<{ root: string; folder: string; library: NoteLibrary }> {
  const root = await freshTempFolder();
  const folder = path.join(root, 'Briefing Notes');
  await fs.mkdir(folder);
  return { root, folder, library: new NoteLibrary(folder) };
}

/** Awaits `promise`, expecting a HostError with `code` whose message names `file`. */
async function expectHostError(promise: Promise<unknown>, code: string, file?: string): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HostError);
  const hostError = error as HostError;
  expect(hostError.code).toBe(code);
  if (file) expect(hostError.message).toContain(file);
  return hostError;
}

describe('NoteLibrary.list', () => {
  it('lists saved notes newest-modified first, with their titles', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Monday.brief', noteTitled('Markets open flat'), new Date('2025-03-03T08:00:00Z'));
    await writeNoteFile(folder, 'Wednesday.brief', noteTitled('Rates decision'), new Date('2025-03-05T08:00:00Z'));
    await writeNoteFile(folder, 'Tuesday.brief', noteTitled(''), new Date('2025-03-04T08:00:00Z'));

    const notes = await library.list();

    expect(notes.map((note) => [note.id, note.title])).toEqual([
      ['Wednesday.brief', 'Rates decision'],
      // An untitled note is shown under its file name.
      ['Tuesday.brief', 'Tuesday'],
      ['Monday.brief', 'Markets open flat'],
    ]);
    expect(notes[0]?.modified).toBe('2025-03-05T08:00:00.000Z');
    expect(notes[0]?.size).toBe((await fs.stat(path.join(folder, 'Wednesday.brief'))).size);
  });

  it('skips other files, folders, hidden files and notes it cannot read', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Good.brief', noteTitled('Good'));
    await fs.writeFile(path.join(folder, 'readme.txt'), 'not a note');
    await writeNoteFile(folder, 'Good.brief.bak', noteTitled('Backup'));
    await writeNoteFile(folder, '.hidden.brief', noteTitled('Hidden'));
    await fs.writeFile(path.join(folder, 'Broken.brief'), '{ "format": "briefing-desk/no');
    await writeNoteFile(folder, 'Future.brief', { ...noteTitled('Future'), version: 2 });
    await fs.mkdir(path.join(folder, 'Folder.brief'));

    const notes = await library.list();

    expect(notes.map((note) => note.id)).toEqual(['Good.brief']);
  });

  it('creates a missing library folder and lists nothing', async () => {
    const root = await freshTempFolder();
    const folder = path.join(root, 'Documents', 'Briefing Notes');

    expect(await new NoteLibrary(folder).list()).toEqual([]);
    expect((await fs.stat(folder)).isDirectory()).toBe(true);
  });
});

describe('NoteLibrary.open', () => {
  it('reads back exactly what saveAs wrote, with the same etag', async () => {
    const { folder, library } = await libraryInTempFolder();
    const note = noteTitled('Weekly brief', 'Oil up 3% on supply news.');

    const saved = await library.saveAs('Weekly brief', note, false);
    const opened = await library.open(saved.id);

    expect(saved.id).toBe('Weekly brief.brief');
    expect(opened.note).toEqual(note);
    expect(opened.etag).toBe(saved.etag);
    expect(JSON.parse(await fs.readFile(path.join(folder, 'Weekly brief.brief'), 'utf8'))).toEqual(note);
  });

  it.each([
    ['invalid JSON', '{ "format": "briefing-desk/note", ', 'damaged or cut short'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'not UTF-8 text'],
    ['another format', JSON.stringify({ ...noteTitled('x'), format: 'other-app/doc' }), 'at format'],
    ['a newer version', JSON.stringify({ ...noteTitled('x'), version: 2 }), 'at version'],
    ['a document that is not a doc', JSON.stringify({ ...noteTitled('x'), doc: { type: 'paragraph' } }), 'must start with a "doc" node'],
  ])('refuses a file holding %s as invalid-note, naming it and leaving it as it is', async (_kind, content, reason) => {
    const { folder, library } = await libraryInTempFolder();
    const file = path.join(folder, 'Suspicious file.brief');
    await fs.writeFile(file, content);
    const before = await fs.readFile(file);

    const error = await expectHostError(library.open('Suspicious file.brief'), 'invalid-note', 'Suspicious file.brief');

    expect(error.message).toContain(reason);
    expect(error.message).toContain('left as it is');
    expect(await fs.readFile(file)).toEqual(before);
  });

  it('refuses a file too large to be a note without reading it', async () => {
    const { folder, library } = await libraryInTempFolder();
    const file = path.join(folder, 'Huge.brief');
    await fs.writeFile(file, '');
    await fs.truncate(file, MAX_NOTE_BYTES + 1);

    const error = await expectHostError(library.open('Huge.brief'), 'invalid-note', 'Huge.brief');
    expect(error.message).toMatch(/too large/);
    expect((await fs.stat(file)).size).toBe(MAX_NOTE_BYTES + 1);
  });

  it('reports a missing note as not-found', async () => {
    const { library } = await libraryInTempFolder();

    await expectHostError(library.open('Gone.brief'), 'not-found', 'Gone.brief');
  });

  it.each(['../x.brief', 'a/b.brief', 'a\\b.brief', '/etc/passwd.brief', '.brief', 'notes.txt', '..brief'])(
    'refuses the id %j as forbidden',
    async (id) => {
      const { library } = await libraryInTempFolder();

      await expectHostError(library.open(id), 'forbidden');
    },
  );

  it('refuses ../ even when the file it names exists next to the library', async () => {
    const { root, library } = await libraryInTempFolder();
    await writeNoteFile(root, 'x.brief', noteTitled('Outside'));

    await expectHostError(library.open('../x.brief'), 'forbidden');
  });

  it('opens a link that stays inside the library', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Original.brief', noteTitled('Original'));
    await fs.symlink(path.join(folder, 'Original.brief'), path.join(folder, 'Alias.brief'));

    expect((await library.open('Alias.brief')).note.title).toBe('Original');
  });
});

describe('a link inside the library to a note outside it', () => {
  async function libraryWithLinkOutside(): Promise<{ library: NoteLibrary; folder: string; outside: string; before: Buffer }> {
    const { root, folder, library } = await libraryInTempFolder();
    const outsideFolder = path.join(root, 'elsewhere');
    await fs.mkdir(outsideFolder);
    const outside = await writeNoteFile(outsideFolder, 'secret.brief', noteTitled('Not yours'));
    await fs.symlink(outside, path.join(folder, 'Innocent.brief'));
    return { library, folder, outside, before: await fs.readFile(outside) };
  }

  it('is not opened', async () => {
    const { library } = await libraryWithLinkOutside();

    await expectHostError(library.open('Innocent.brief'), 'forbidden', 'Innocent.brief');
  });

  it('is not written through by save or saveAs, and the outside file is unchanged', async () => {
    const { library, outside, before } = await libraryWithLinkOutside();

    await expectHostError(library.save('Innocent.brief', noteTitled('Overwritten')), 'forbidden');
    await expectHostError(library.saveAs('Innocent', noteTitled('Overwritten'), true), 'forbidden');

    expect(await fs.readFile(outside)).toEqual(before);
  });

  it('is never followed by save when it dangles: the outside file is not created', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    const outside = path.join(root, 'elsewhere', 'planted.brief');
    await fs.mkdir(path.dirname(outside));
    await fs.symlink(outside, path.join(folder, 'Dangling.brief'));

    await library.save('Dangling.brief', noteTitled('Mine'));

    await expect(fs.access(outside)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await fs.lstat(path.join(folder, 'Dangling.brief'))).isFile()).toBe(true);
  });

  it('is not listed', async () => {
    const { library } = await libraryWithLinkOutside();

    expect(await library.list()).toEqual([]);
  });
});

describe('NoteLibrary.save and saveAs', () => {
  it('refuses to replace an existing note unless asked, and leaves it unchanged', async () => {
    const { folder, library } = await libraryInTempFolder();
    await library.saveAs('Daily', noteTitled('Yesterday'), false);
    const file = path.join(folder, 'Daily.brief');
    const before = await fs.readFile(file);

    const error = await expectHostError(library.saveAs('Daily', noteTitled('Today'), false), 'already-exists');

    expect(error.message).toContain('Daily');
    expect(await fs.readFile(file)).toEqual(before);
  });

  it('replaces an existing note when asked to', async () => {
    const { library } = await libraryInTempFolder();
    const first = await library.saveAs('Daily', noteTitled('Yesterday'), false);

    const second = await library.saveAs('Daily', noteTitled('Today'), true);

    expect(second.id).toBe(first.id);
    expect(second.etag).not.toBe(first.etag);
    expect((await library.open('Daily.brief')).note.title).toBe('Today');
  });

  it('save writes a new version under the same id and changes the etag', async () => {
    const { folder, library } = await libraryInTempFolder();
    const { etag: before } = await library.save('Notes.brief', noteTitled('Draft'));

    const { etag: after } = await library.save('Notes.brief', noteTitled('Final'));

    expect(after).not.toBe(before);
    expect((await library.open('Notes.brief')).note.title).toBe('Final');
    expect(await fs.readdir(folder)).toEqual(['Notes.brief']);
  });

  it('refuses to save under a path-like id', async () => {
    const { root, library } = await libraryInTempFolder();

    await expectHostError(library.save('../Escaped.brief', noteTitled('x')), 'forbidden');
    await expectHostError(library.saveAs('../Escaped', noteTitled('x'), true), 'forbidden');

    expect(await fs.readdir(root)).toEqual(['Briefing Notes']);
  });

  it('reports a failed write as file-system, naming the note', async () => {
    const { folder, library } = await libraryInTempFolder();
    // A folder where the note should be: the rename over it fails.
    await fs.mkdir(path.join(folder, 'Blocked.brief'));
    await fs.writeFile(path.join(folder, 'Blocked.brief', 'inside.txt'), 'x');

    await expectHostError(library.save('Blocked.brief', noteTitled('x')), 'file-system', 'Blocked.brief');
  });
});
