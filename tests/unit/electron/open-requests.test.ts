import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteId } from '../../../core/host/note-name';
import { libraryIdFor, notePathsIn } from '../../../electron/main/open-requests';
import { expectHostError } from './expect-host-error';
import { noteTitled } from './note-titled';
import { libraryInTempFolder, writeNoteFile } from './temp-library';

const cwd = path.resolve('/home/lan/Documents');

describe('notePathsIn', () => {
  it('picks the .brief paths, resolved against the working folder', () => {
    const argv = ['Memo.brief', 'sub/Weekly.BRIEF', path.resolve('/srv/shared/Rates.brief'), '../Old.brief'];

    expect(notePathsIn(argv, cwd)).toEqual([
      path.join(cwd, 'Memo.brief'),
      path.join(cwd, 'sub', 'Weekly.BRIEF'),
      path.resolve('/srv/shared/Rates.brief'),
      path.resolve(cwd, '..', 'Old.brief'),
    ]);
  });

  it('skips switches, even ones naming a .brief file, and other files', () => {
    const argv = ['--inspect', '--library=/tmp/x.brief', '-psn_0_12345', '--allow-file-access-from-files', 'notes.txt', 'archive.brief.zip', 'Memo.brief'];

    expect(notePathsIn(argv, cwd)).toEqual([path.join(cwd, 'Memo.brief')]);
  });

  it('picks Markdown files too, which may be notes exported as Markdown', () => {
    expect(notePathsIn(['Memo.md', 'Long.markdown', 'notes.txt'], cwd)).toEqual([path.join(cwd, 'Memo.md'), path.join(cwd, 'Long.markdown')]);
  });

  it('gives nothing for no arguments', () => {
    expect(notePathsIn([], cwd)).toEqual([]);
  });
});

describe('libraryIdFor', () => {
  it('gives a note already in the library its own id, copying nothing', async () => {
    const { folder, library } = await libraryInTempFolder();
    const file = await writeNoteFile(folder, 'Memo.brief', noteTitled('Memo'));

    expect(await libraryIdFor(file, library)).toBe('Memo.brief');
    expect(await fs.readdir(folder)).toEqual(['Memo.brief']);
  });

  it('finds the library by its real path, whatever link the file was named through', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    await writeNoteFile(folder, 'Memo.brief', noteTitled('Memo'));
    await fs.symlink(folder, path.join(root, 'Shortcut'));

    expect(await libraryIdFor(path.join(root, 'Shortcut', 'Memo.brief'), library)).toBe('Memo.brief');
    expect(await fs.readdir(folder)).toEqual(['Memo.brief']);
  });

  it('imports a note from elsewhere as a copy, leaving the original untouched', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    await fs.mkdir(path.join(root, 'Downloads'));
    const original = await writeNoteFile(path.join(root, 'Downloads'), 'Memo.brief', noteTitled('From email'), new Date('2025-03-01T08:00:00Z'));
    const before = { bytes: await fs.readFile(original), mtimeMs: (await fs.stat(original)).mtimeMs };

    expect(await libraryIdFor(original, library)).toBe('Memo.brief');
    expect(await libraryIdFor(original, library)).toBe('Memo 2.brief');

    expect(await fs.readFile(path.join(folder, 'Memo.brief'))).toEqual(before.bytes);
    expect(await fs.readFile(original)).toEqual(before.bytes);
    expect((await fs.stat(original)).mtimeMs).toBe(before.mtimeMs);
  });

  it('imports a note from a folder inside the library rather than naming a path', async () => {
    const { folder, library } = await libraryInTempFolder();
    await fs.mkdir(path.join(folder, 'Archive'));
    const file = await writeNoteFile(path.join(folder, 'Archive'), 'Old.brief', noteTitled('Old'));

    expect(await libraryIdFor(file, library)).toBe('Old.brief');
    expect((await fs.readdir(folder)).sort()).toEqual(['Archive', 'Old.brief']);
  });

  it('refuses a file from elsewhere that is not a note, copying nothing', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    const file = await writeNoteFile(root, 'Fake.brief', 'not a note');

    await expectHostError(libraryIdFor(file, library), 'invalid-note', 'Fake.brief');
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('gives an id notes.open accepts for a .BRIEF file in the library', async () => {
    const { folder, library } = await libraryInTempFolder();
    const file = await writeNoteFile(folder, 'Memo.BRIEF', noteTitled('Memo'));

    expect(NoteId.safeParse(await libraryIdFor(file, library)).success).toBe(true);
  });

  it('imports Markdown with a note’s front matter as a .brief note, leaving the Markdown untouched', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    const markdown = '---\ntitle: Port visit\nclassification: RESTRICTED\nstatus: draft\n---\n\n# Port visit\n\nThe frigate arrives on Tuesday.\n';
    const file = await writeNoteFile(root, 'Port visit.md', markdown);

    const id = await libraryIdFor(file, library);

    expect(id).toBe('Port visit.brief');
    const note = JSON.parse(await fs.readFile(path.join(folder, id), 'utf8')) as { meta: { title: string; classification: string } };
    expect(note.meta).toMatchObject({ title: 'Port visit', classification: 'RESTRICTED' });
    expect(await fs.readFile(file, 'utf8')).toBe(markdown);
  });

  it('refuses Markdown without a note’s front matter, pointing to Import article, copying nothing', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    const file = await writeNoteFile(root, 'Story.md', '---\ntitle: A wire story\ndate: 2022-10-11\n---\n\nHanoi (VNA) — text.\n');

    await expect(libraryIdFor(file, library)).rejects.toThrow(/Import article/);
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('reads a note’s Markdown saved as UTF-16 as a dropped file is read', async () => {
    const { root, folder, library } = await libraryInTempFolder();
    const markdown = '---\ntitle: Hội đàm\nclassification: MẬT\nstatus: draft\n---\n\nViệt Nam và Nhật Bản.\n';
    const file = path.join(root, 'Hoi dam.md');
    await fs.writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(markdown, 'utf16le')]));

    const id = await libraryIdFor(file, library);

    const note = JSON.parse(await fs.readFile(path.join(folder, id), 'utf8')) as { meta: { title: string; classification: string } };
    expect(note.meta).toMatchObject({ title: 'Hội đàm', classification: 'MẬT' });
  });
});
