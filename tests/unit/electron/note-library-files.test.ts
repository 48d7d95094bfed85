import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { NOTE_FORMAT } from '../../../core/document/note-format';
import { LIBRARY_TRASH_FOLDER } from '../../../electron/services/library-trash';
import { NoteLibrary } from '../../../electron/services/note-library';
import { expectHostError } from './expect-host-error';
import { noteTitled } from './note-titled';
import { freshTempFolder } from './temp-folder';
import { libraryInTempFolder, writeNoteFile } from './temp-library';

const noteText = (title: string): string => `${JSON.stringify(noteTitled(title), null, 2)}\n`;

describe('NoteLibrary.rename', () => {
  it('moves the note to its new name, bytes unchanged', async () => {
    const { folder, library } = await libraryInTempFolder();
    const before = await fs.readFile(await writeNoteFile(folder, 'Draft.brief', noteTitled('Draft')));

    expect(await library.rename('Draft.brief', 'Final')).toEqual({ id: 'Final.brief' });

    expect(await fs.readdir(folder)).toEqual(['Final.brief']);
    expect(await fs.readFile(path.join(folder, 'Final.brief'))).toEqual(before);
  });

  it('refuses a name another note has, leaving both as they are', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Draft.brief', noteTitled('Draft'));
    await writeNoteFile(folder, 'Final.brief', noteTitled('Final'));

    await expectHostError(library.rename('Draft.brief', 'Final'), 'already-exists', 'Final');

    expect((await library.open('Draft.brief')).note.meta.title).toBe('Draft');
    expect((await library.open('Final.brief')).note.meta.title).toBe('Final');
  });

  it('changes only the case of a name', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'memo.brief', noteTitled('Memo'));

    expect(await library.rename('memo.brief', 'Memo')).toEqual({ id: 'Memo.brief' });

    expect(await fs.readdir(folder)).toEqual(['Memo.brief']);
  });

  it('keeps the note when renamed to its own name', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Memo.brief', noteTitled('Memo'));

    expect(await library.rename('Memo.brief', ' Memo ')).toEqual({ id: 'Memo.brief' });
    expect(await fs.readdir(folder)).toEqual(['Memo.brief']);
  });

  it('reports a missing note as not-found and refuses a path as the new name', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Memo.brief', noteTitled('Memo'));

    await expectHostError(library.rename('Gone.brief', 'Back'), 'not-found', 'Gone.brief');
    await expectHostError(library.rename('Memo.brief', '../Escaped'), 'forbidden');
    expect(await fs.readdir(root)).toEqual(['Briefing Notes']);
  });

  it.runIf(process.platform === 'linux')('refuses a case-only rename onto another note on a case-sensitive disk', async () => {
    const { library } = await libraryInTempFolder();
    await library.saveAs('memo', noteTitled('Lower'), false);
    await library.saveAs('Memo', noteTitled('Upper'), false);

    await expectHostError(library.rename('memo.brief', 'Memo'), 'already-exists');
    expect((await library.open('Memo.brief')).note.meta.title).toBe('Upper');
  });

  it('renames a link inside the library, not the note it points to', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Original.brief', noteTitled('Original'));
    await fs.symlink(path.join(folder, 'Original.brief'), path.join(folder, 'Alias.brief'));

    await library.rename('Alias.brief', 'Renamed');

    expect((await fs.readdir(folder)).sort()).toEqual(['Original.brief', 'Renamed.brief']);
  });
});

describe('NoteLibrary.duplicate', () => {
  it('copies a note byte for byte under “copy”, then “copy 2”', async () => {
    const { folder, library } = await libraryInTempFolder();
    const original = await fs.readFile(await writeNoteFile(folder, 'Memo.brief', noteTitled('Memo')));

    expect(await library.duplicate('Memo.brief')).toEqual({ id: 'Memo copy.brief' });
    expect(await library.duplicate('Memo.brief')).toEqual({ id: 'Memo copy 2.brief' });

    expect((await fs.readdir(folder)).sort()).toEqual(['Memo copy 2.brief', 'Memo copy.brief', 'Memo.brief']);
    expect(await fs.readFile(path.join(folder, 'Memo copy.brief'))).toEqual(original);
    expect(await fs.readFile(path.join(folder, 'Memo copy 2.brief'))).toEqual(original);
  });

  it('reports a missing note as not-found', async () => {
    const { library } = await libraryInTempFolder();

    await expectHostError(library.duplicate('Gone.brief'), 'not-found', 'Gone.brief');
  });
});

describe('NoteLibrary.delete', () => {
  it('hands the note’s file to the trash', async () => {
    const moveToTrash = vi.fn(async () => {});
    const { folder, library } = await libraryInTempFolder(moveToTrash);
    await writeNoteFile(folder, 'Memo.brief', noteTitled('Memo'));

    await library.delete('Memo.brief');

    expect(moveToTrash).toHaveBeenCalledExactlyOnceWith(path.join(await fs.realpath(folder), 'Memo.brief'));
  });

  it('with the library trash, moves the note into .trash and out of the list', async () => {
    const { folder, library } = await libraryInTempFolder();
    const before = await fs.readFile(await writeNoteFile(folder, 'Memo.brief', noteTitled('Memo')));

    await library.delete('Memo.brief');

    expect(await library.list()).toEqual([]);
    const trashed = await fs.readdir(path.join(folder, LIBRARY_TRASH_FOLDER));
    expect(trashed).toHaveLength(1);
    expect(await fs.readFile(path.join(folder, LIBRARY_TRASH_FOLDER, trashed[0] ?? ''))).toEqual(before);
  });

  it('reports a missing note as not-found without touching the trash', async () => {
    const moveToTrash = vi.fn(async () => {});
    const { library } = await libraryInTempFolder(moveToTrash);

    await expectHostError(library.delete('Gone.brief'), 'not-found', 'Gone.brief');
    expect(moveToTrash).not.toHaveBeenCalled();
  });

  it('reports a trash that fails as file-system, naming the note, and keeps the note', async () => {
    const { folder, library } = await libraryInTempFolder(async () => {
      throw Object.assign(new Error('no trash here'), { code: 'ENOTSUP' });
    });
    await writeNoteFile(folder, 'Memo.brief', noteTitled('Memo'));

    const error = await expectHostError(library.delete('Memo.brief'), 'file-system', 'Memo.brief');

    expect(error.message).toContain('ENOTSUP');
    expect(await fs.readdir(folder)).toEqual(['Memo.brief']);
  });

  it('deletes a link inside the library, not the note it points to', async () => {
    const { folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Original.brief', noteTitled('Original'));
    await fs.symlink(path.join(folder, 'Original.brief'), path.join(folder, 'Alias.brief'));

    await library.delete('Alias.brief');

    expect((await library.list()).map((note) => note.id)).toEqual(['Original.brief']);
  });
});

describe('NoteLibrary.import', () => {
  it('copies a note’s text verbatim under its own name, or the next free one', async () => {
    const { folder, library } = await libraryInTempFolder();
    const text = `\uFEFF${noteText('From email')}`;

    expect(await library.import('Memo.brief', text)).toEqual({ id: 'Memo.brief' });
    expect(await library.import('Memo.BRIEF', text)).toEqual({ id: 'Memo 2.brief' });

    expect(await fs.readFile(path.join(folder, 'Memo.brief'), 'utf8')).toBe(text);
    expect(await fs.readFile(path.join(folder, 'Memo 2.brief'), 'utf8')).toBe(text);
  });

  it('imports a newer version’s note as it is', async () => {
    const { folder, library } = await libraryInTempFolder();
    const text = JSON.stringify({ ...noteTitled('From the future'), version: 3 });

    const { id } = await library.import('Future.brief', text);

    expect(await fs.readFile(path.join(folder, id), 'utf8')).toBe(text);
    expect((await library.open(id)).readOnly).toBe(true);
  });

  it.each([
    ['not JSON', 'Memo.brief', '{ "format": '],
    ['of another format', 'Memo.brief', JSON.stringify({ ...noteTitled('x'), format: 'other-app/doc' })],
    ['of an unknown newer shape', 'Memo.brief', JSON.stringify({ format: NOTE_FORMAT, version: 99 })],
  ])('refuses content %s as invalid-note, writing nothing', async (_kind, fileName, content) => {
    const { folder, library } = await libraryInTempFolder();

    await expectHostError(library.import(fileName, content), 'invalid-note', fileName);

    expect(await fs.readdir(folder)).toEqual([]);
  });

  it.each([
    ['../../x.brief', 'x.brief'],
    ['C:\\a\\b.brief', 'b.brief'],
    ['/etc/cron.d/job.brief', 'job.brief'],
    ['..', 'Imported note.brief'],
    ['.hidden.brief', 'Imported note.brief'],
  ])('uses only the base name of %j, inside the library', async (fileName, id) => {
    const { root, folder, library } = await libraryInTempFolder();

    expect(await library.import(fileName, noteText('Dropped'))).toEqual({ id });

    expect(await fs.readdir(folder)).toEqual([id]);
    expect(await fs.readdir(root)).toEqual(['Briefing Notes']);
  });

  it('recreates a missing library folder', async () => {
    const folder = path.join(await freshTempFolder(), 'Briefing Notes');
    const library = new NoteLibrary(folder, async () => {});

    expect(await library.import('Memo.brief', noteText('Memo'))).toEqual({ id: 'Memo.brief' });
  });
});
