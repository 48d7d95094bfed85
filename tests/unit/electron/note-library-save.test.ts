import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTE_FORMAT } from '../../../core/document/note-format';
import { expectHostError } from './expect-host-error';
import { noteTitled } from './note-titled';
import { leftoverTempFiles } from './temp-folder';
import { libraryInTempFolder, writeNoteFile } from './temp-library';

const later = new Date('2030-01-01T00:00:00Z');

/** A library holding `Memo.brief`, opened: its file and the etag the editor holds. */
async function openedMemo() {
  const temp = await libraryInTempFolder();
  const { id, etag } = await temp.library.saveAs('Memo', noteTitled('First draft'), false);
  return { ...temp, id, etag, file: path.join(temp.folder, id) };
}

describe('NoteLibrary.save', () => {
  it('gives an etag of size, modification time and content hash', async () => {
    const { file, etag } = await openedMemo();
    const { size, mtimeMs } = await fs.stat(file);

    expect(etag).toMatch(new RegExp(`^${size}-${Math.trunc(mtimeMs)}-[0-9a-f]{32}$`));
  });

  it('writes a new version under the same id when the file is as last read, and gives a new etag', async () => {
    const { folder, library, id, etag } = await openedMemo();

    const second = await library.save(id, noteTitled('Second draft'), etag, false);
    const third = await library.save(id, noteTitled('Third draft'), second.etag, false);

    expect(second.etag).not.toBe(etag);
    expect(await library.open(id)).toMatchObject({ etag: third.etag, note: { meta: { title: 'Third draft' } } });
    expect(await fs.readdir(folder)).toEqual(['Memo.brief']);
    expect(await leftoverTempFiles(folder)).toEqual([]);
  });

  it('refuses with conflict when another program changed the file, and keeps that program’s version', async () => {
    const { library, id, etag, file } = await openedMemo();
    await writeNoteFile(path.dirname(file), id, noteTitled('Edited on the shared drive'));
    const theirs = await fs.readFile(file);

    const error = await expectHostError(library.save(id, noteTitled('Mine'), etag, false), 'conflict', 'Memo.brief');

    expect(error.message).toContain('changed by another program');
    expect(await fs.readFile(file)).toEqual(theirs);
  });

  it('replaces the other program’s version when told to keep mine', async () => {
    const { library, id, etag, file } = await openedMemo();
    await writeNoteFile(path.dirname(file), id, noteTitled('Edited on the shared drive'));

    await library.save(id, noteTitled('Mine'), etag, true);

    expect((await library.open(id)).note.meta.title).toBe('Mine');
  });

  it('refuses with conflict to save a note never read from the file over that file, unless told to', async () => {
    const { library, id, file } = await openedMemo();
    const before = await fs.readFile(file);

    await expectHostError(library.save(id, noteTitled('Unrelated'), null, false), 'conflict', 'Memo.brief');
    expect(await fs.readFile(file)).toEqual(before);

    await library.save(id, noteTitled('Unrelated'), null, true);
    expect((await library.open(id)).note.meta.title).toBe('Unrelated');
  });

  it('never silently replaces a file it cannot read', async () => {
    const { folder, library } = await libraryInTempFolder();
    const file = await writeNoteFile(folder, 'Damaged.brief', '{ "format": "briefing-desk/no');

    await expectHostError(library.save('Damaged.brief', noteTitled('New'), null, false), 'conflict', 'Damaged.brief');

    expect(await fs.readFile(file, 'utf8')).toBe('{ "format": "briefing-desk/no');
  });

  it.each([
    ['merely touched (new modification time)', (file: string) => fs.utimes(file, later, later)],
    ['rewritten with the same bytes', async (file: string) => fs.writeFile(file, await fs.readFile(file))],
  ])('saves without conflict over a file %s', async (_how, change) => {
    const { library, id, etag, file } = await openedMemo();
    await change(file);

    await library.save(id, noteTitled('Second draft'), etag, false);

    expect((await library.open(id)).note.meta.title).toBe('Second draft');
  });

  it('writes the note again when its file was deleted since it was opened', async () => {
    const { library, id, etag, file } = await openedMemo();
    await fs.rm(file);

    const saved = await library.save(id, noteTitled('Still here'), etag, false);

    expect(await library.open(id)).toMatchObject({ etag: saved.etag, note: { meta: { title: 'Still here' } } });
  });

  it('saves a version 1 note it opened as a version 2 file', async () => {
    const { folder, library } = await libraryInTempFolder();
    const { doc, meta } = noteTitled('Old');
    await writeNoteFile(folder, 'Old.brief', { format: NOTE_FORMAT, version: 1, title: 'Old', created: meta.created, modified: meta.modified, doc });
    const opened = await library.open('Old.brief');

    await library.save('Old.brief', opened.note, opened.etag, false);

    expect(JSON.parse(await fs.readFile(path.join(folder, 'Old.brief'), 'utf8'))).toMatchObject({ version: 2, meta: { title: 'Old' } });
  });

  it('refuses with read-only to change a newer Briefing Desk’s file, even when told to keep mine', async () => {
    const { folder, library } = await libraryInTempFolder();
    const file = await writeNoteFile(folder, 'Future.brief', { ...noteTitled('From the future'), version: 3 });
    const before = await fs.readFile(file);
    const opened = await library.open('Future.brief');

    const error = await expectHostError(library.save('Future.brief', opened.note, opened.etag, false), 'read-only', 'Future.brief');
    await expectHostError(library.save('Future.brief', opened.note, opened.etag, true), 'read-only');

    expect(error.message).toContain('Save As');
    expect(await fs.readFile(file)).toEqual(before);
  });

  it('reports a failed write as file-system, naming the note', async () => {
    const { folder, library } = await libraryInTempFolder();
    await fs.mkdir(path.join(folder, 'Blocked.brief'));
    await fs.writeFile(path.join(folder, 'Blocked.brief', 'inside.txt'), 'x');

    await expectHostError(library.save('Blocked.brief', noteTitled('x'), null, true), 'file-system', 'Blocked.brief');
  });
});
