import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY_TRASH_FOLDER, moveIntoLibraryTrash } from '../../../electron/services/library-trash';
import { freshTempFolder } from './temp-folder';

afterEach(() => {
  vi.useRealTimers();
});

/** The contents of each file in the library's trash, by name. */
async function trashIn(folder: string): Promise<Record<string, string>> {
  const trash = path.join(folder, LIBRARY_TRASH_FOLDER);
  const names = (await fs.readdir(trash)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await fs.readFile(path.join(trash, name), 'utf8')])));
}

describe('moveIntoLibraryTrash', () => {
  it('moves the file into the library’s .trash folder, named after it and the time of deletion', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'Memo.brief');
    await fs.writeFile(file, 'memo');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T09:30:15.250Z'));

    await moveIntoLibraryTrash(file);

    expect(await fs.readdir(folder)).toEqual([LIBRARY_TRASH_FOLDER]);
    expect(await trashIn(folder)).toEqual({ 'Memo (deleted 2025-03-01T09-30-15-250Z).brief': 'memo' });
  });

  it('keeps both of two notes of the same name deleted one after the other', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'Memo.brief');

    await fs.writeFile(file, 'first');
    await moveIntoLibraryTrash(file);
    await fs.writeFile(file, 'second');
    await moveIntoLibraryTrash(file);

    expect(Object.values(await trashIn(folder)).sort()).toEqual(['first', 'second']);
  });

  it('keeps both even when they are deleted within the same millisecond', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'Memo.brief');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T09:30:15.250Z'));

    await fs.writeFile(file, 'first');
    await moveIntoLibraryTrash(file);
    await fs.writeFile(file, 'second');
    await moveIntoLibraryTrash(file);

    expect(await trashIn(folder)).toEqual({
      'Memo (deleted 2025-03-01T09-30-15-250Z 1).brief': 'second',
      'Memo (deleted 2025-03-01T09-30-15-250Z).brief': 'first',
    });
  });

  it('fails, leaving nothing in the trash, for a file that is not there', async () => {
    const folder = await freshTempFolder();

    await expect(moveIntoLibraryTrash(path.join(folder, 'Gone.brief'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await trashIn(folder)).toEqual({});
  });
});
