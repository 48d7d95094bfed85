import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTE_FORMAT } from '../../../core/document/note-format';
import { MAX_NOTE_BYTES, NoteLibrary } from '../../../electron/services/note-library';
import { moveIntoLibraryTrash } from '../../../electron/services/library-trash';
import { expectHostError } from './expect-host-error';
import { noteTitled } from './note-titled';
import { freshTempFolder } from './temp-folder';
import { libraryInTempFolder, writeNoteFile } from './temp-library';

const day = (n: number): Date => new Date(`2025-03-0${n}T08:00:00Z`);

describe('NoteLibrary.list', () => {
  it('lists saved notes newest-modified first, with what their metadata says', async () => {
    const { folder, library } = await libraryInTempFolder();
    const plain = noteTitled('Rates decision');
    const rates = { ...plain, meta: { ...plain.meta, classification: 'RESTRICTED', date: '2025-03-05' } };
    await writeNoteFile(folder, 'Monday.brief', noteTitled('Markets open flat'), day(3));
    await writeNoteFile(folder, 'Wednesday.brief', rates, day(5));
    await writeNoteFile(folder, 'Tuesday.brief', noteTitled('', 'Oil steady'), day(4));
    await writeNoteFile(folder, 'Thursday.brief', noteTitled(''), day(6));

    const notes = await library.list();

    expect(notes.map((note) => [note.id, note.title])).toEqual([
      // An untitled, empty note is shown under its file name; an untitled one with text under its first line.
      ['Thursday.brief', 'Thursday'],
      ['Wednesday.brief', 'Rates decision'],
      ['Tuesday.brief', 'Oil steady'],
      ['Monday.brief', 'Markets open flat'],
    ]);
    expect(notes[1]).toEqual({
      id: 'Wednesday.brief',
      title: 'Rates decision',
      classification: 'RESTRICTED',
      date: '2025-03-05',
      modified: '2025-03-05T08:00:00.000Z',
      size: (await fs.stat(path.join(folder, 'Wednesday.brief'))).size,
    });
  });

  it('lists notes it cannot open with the reason, and skips other files, folders and hidden files', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Good.brief', noteTitled('Good'), day(1));
    await writeNoteFile(folder, 'Broken.brief', '{ "format": "briefing-desk/no', day(2));
    await writeNoteFile(folder, 'Unknown.brief', { format: NOTE_FORMAT, version: 99, pages: [] }, day(3));
    await writeNoteFile(folder, 'Future.brief', { ...noteTitled('From the future'), version: 3 }, day(4));
    await fs.writeFile(path.join(folder, 'readme.txt'), 'not a note');
    await writeNoteFile(folder, 'Good.brief.bak', noteTitled('Backup'));
    await writeNoteFile(folder, '.hidden.brief', noteTitled('Hidden'));
    await fs.mkdir(path.join(folder, 'Folder.brief'));

    const notes = await library.list();

    expect(notes).toMatchObject([
      { id: 'Future.brief', title: 'From the future', problem: 'Written by a newer Briefing Desk: opens read-only' },
      { id: 'Unknown.brief', title: 'Unknown', classification: '', date: null, problem: expect.stringMatching(/^It was written by a newer Briefing Desk.*Update/) },
      { id: 'Broken.brief', title: 'Broken', classification: '', date: null, problem: expect.stringContaining('damaged or cut short') },
      { id: 'Good.brief', title: 'Good' },
    ]);
    expect(notes[3]).not.toHaveProperty('problem');
  });

  it('lists a file too large to be a note, without reading it', async () => {
    const { folder, library } = await libraryInTempFolder();
    await fs.writeFile(path.join(folder, 'Huge.brief'), '');
    await fs.truncate(path.join(folder, 'Huge.brief'), MAX_NOTE_BYTES + 1);

    expect(await library.list()).toMatchObject([{ id: 'Huge.brief', size: MAX_NOTE_BYTES + 1, problem: expect.stringContaining('too large') }]);
  });

  it('creates a missing library folder and lists nothing', async () => {
    const root = await freshTempFolder();
    const folder = path.join(root, 'Documents', 'Briefing Notes');

    expect(await new NoteLibrary(folder, moveIntoLibraryTrash).list()).toEqual([]);
    expect((await fs.stat(folder)).isDirectory()).toBe(true);
  });
});

describe('NoteLibrary.open', () => {
  it('reads back exactly what saveAs wrote, with the same etag, writable', async () => {
    const { folder, library } = await libraryInTempFolder();
    const note = noteTitled('Weekly brief', 'Oil up 3% on supply news.');

    const saved = await library.saveAs('Weekly brief', note, false);
    const opened = await library.open(saved.id);

    expect(saved.id).toBe('Weekly brief.brief');
    expect(opened).toEqual({ id: 'Weekly brief.brief', note, etag: saved.etag, readOnly: false });
    expect(JSON.parse(await fs.readFile(path.join(folder, 'Weekly brief.brief'), 'utf8'))).toEqual(note);
  });

  it('opens a version 1 note as a version 2 one, leaving the file as it is', async () => {
    const { folder, library } = await libraryInTempFolder();
    const { doc, meta } = noteTitled('Old', 'Written last year');
    const file = await writeNoteFile(folder, 'Old.brief', { format: NOTE_FORMAT, version: 1, title: 'Old', created: meta.created, modified: meta.modified, doc });
    const before = await fs.readFile(file);

    const opened = await library.open('Old.brief');

    expect(opened).toMatchObject({ readOnly: false, note: { version: 2, meta: { title: 'Old', status: 'draft' }, doc, sources: [], annotations: [] } });
    expect(await fs.readFile(file)).toEqual(before);
  });

  it('opens a newer version that still fits today’s format read-only, with a notice naming the file', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Future.brief', { ...noteTitled('From the future'), version: 3 });

    const opened = await library.open('Future.brief');

    expect(opened.readOnly).toBe(true);
    expect(opened.note.meta.title).toBe('From the future');
    expect(opened.notice).toMatch(/^“Future\.brief” .*newer Briefing Desk.*read-only/);
  });

  it('opens a note saved with a byte-order mark', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Notepad.brief', `\uFEFF${JSON.stringify(noteTitled('Edited in Notepad'))}`);

    expect((await library.open('Notepad.brief')).note.meta.title).toBe('Edited in Notepad');
  });

  it.each([
    ['invalid JSON', '{ "format": "briefing-desk/note", ', 'damaged or cut short'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'not UTF-8 text'],
    ['another format', JSON.stringify({ ...noteTitled('x'), format: 'other-app/doc' }), 'its format is "other-app/doc"'],
    ['version 99 of an unknown shape', JSON.stringify({ format: NOTE_FORMAT, version: 99, pages: [] }), 'Update Briefing Desk to open it'],
    ['a version that is not a number', JSON.stringify({ ...noteTitled('x'), version: '2' }), 'its version ("2")'],
    ['a version 1 note that is not one', JSON.stringify({ ...noteTitled('x'), version: 1 }), 'claims to be a version 1 note'],
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

    expect((await library.open('Alias.brief')).note.meta.title).toBe('Original');
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

  it('is not written through, renamed, duplicated or deleted, and the outside file is unchanged', async () => {
    const { library, outside, before } = await libraryWithLinkOutside();

    await expectHostError(library.save('Innocent.brief', noteTitled('Overwritten'), null, true), 'forbidden');
    await expectHostError(library.saveAs('Innocent', noteTitled('Overwritten'), true), 'forbidden');
    await expectHostError(library.rename('Innocent.brief', 'Moved'), 'forbidden');
    await expectHostError(library.duplicate('Innocent.brief'), 'forbidden');
    await expectHostError(library.delete('Innocent.brief'), 'forbidden');

    expect(await fs.readFile(outside)).toEqual(before);
  });

  it('is never followed by save when it dangles: the outside file is not created', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    const outside = path.join(root, 'elsewhere', 'planted.brief');
    await fs.mkdir(path.dirname(outside));
    await fs.symlink(outside, path.join(folder, 'Dangling.brief'));

    await library.save('Dangling.brief', noteTitled('Mine'), null, false);

    await expect(fs.access(outside)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await fs.lstat(path.join(folder, 'Dangling.brief'))).isFile()).toBe(true);
  });

  it('is not listed', async () => {
    const { library } = await libraryWithLinkOutside();

    expect(await library.list()).toEqual([]);
  });
});

describe('NoteLibrary.saveAs', () => {
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
    expect((await library.open('Daily.brief')).note.meta.title).toBe('Today');
  });

  it('recreates a library folder removed while the app was running', async () => {
    const { folder, library } = await libraryInTempFolder();
    await fs.rm(folder, { recursive: true });

    await library.saveAs('Daily', noteTitled('Today'), false);

    expect(await fs.readdir(folder)).toEqual(['Daily.brief']);
  });

  it('refuses to save under a path-like id or name', async () => {
    const { root, library } = await libraryInTempFolder();

    await expectHostError(library.save('../Escaped.brief', noteTitled('x'), null, true), 'forbidden');
    await expectHostError(library.saveAs('../Escaped', noteTitled('x'), true), 'forbidden');

    expect(await fs.readdir(root)).toEqual(['Briefing Notes']);
  });

  it('reports a failed write as file-system, naming the note', async () => {
    const { folder, library } = await libraryInTempFolder();
    // A folder where the note should be: the rename over it fails.
    await fs.mkdir(path.join(folder, 'Blocked.brief'));
    await fs.writeFile(path.join(folder, 'Blocked.brief', 'inside.txt'), 'x');

    await expectHostError(library.saveAs('Blocked', noteTitled('x'), true), 'file-system', 'Blocked.brief');
  });
});
