import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-write';
import { freshTempFolder, leftoverTempFiles } from './temp-folder';

afterEach(() => {
  vi.restoreAllMocks();
});

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('writeFileAtomic', () => {
  it('creates a new file with the given text', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'note.brief');

    await writeFileAtomic(file, 'first draft');

    expect(await fs.readFile(file, 'utf8')).toBe('first draft');
    expect(await fs.readdir(folder)).toEqual(['note.brief']);
  });

  it('creates a new note readable by its owner only', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'sensitive.brief');

    await writeFileAtomic(file, 'RESTRICTED');

    expect((await fs.stat(file)).mode & 0o077).toBe(0);
  });

  it('writes bytes exactly as given', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'note.brief');
    const bytes = new Uint8Array([0, 1, 2, 0xff, 0xfe, 10]);

    await writeFileAtomic(file, bytes);

    expect(new Uint8Array(await fs.readFile(file))).toEqual(bytes);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'private.brief');
    await fs.writeFile(file, 'old text that is longer than the new one');
    await fs.chmod(file, 0o600);

    await writeFileAtomic(file, 'new');

    expect(await fs.readFile(file, 'utf8')).toBe('new');
    expect((await fs.stat(file)).mode & 0o7777).toBe(0o600);
  });

  it('keeps unusual permissions too, not just a default', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'shared.brief');
    await fs.writeFile(file, 'old');
    await fs.chmod(file, 0o640);

    await writeFileAtomic(file, 'new');

    expect((await fs.stat(file)).mode & 0o7777).toBe(0o640);
  });

  it('writes through a symlink to its target and leaves the link a link', async () => {
    const folder = await freshTempFolder();
    const targetFolder = path.join(folder, 'real');
    const linkFolder = path.join(folder, 'links');
    await fs.mkdir(targetFolder);
    await fs.mkdir(linkFolder);
    const target = path.join(targetFolder, 'note.brief');
    const link = path.join(linkFolder, 'note.brief');
    await fs.writeFile(target, 'old');
    await fs.symlink(target, link);

    await writeFileAtomic(link, 'new through the link');

    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe(target);
    expect(await fs.readFile(target, 'utf8')).toBe('new through the link');
    expect(await leftoverTempFiles(targetFolder)).toEqual([]);
    expect(await leftoverTempFiles(linkFolder)).toEqual([]);
  });

  it('leaves no temp file behind after a successful write', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'note.brief');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');

    expect(await fs.readdir(folder)).toEqual(['note.brief']);
  });

  it('ends with one whole version when two saves race', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'note.brief');
    const a = 'a'.repeat(1_000_000);
    const b = 'b'.repeat(500_000);

    await Promise.all([writeFileAtomic(file, a), writeFileAtomic(file, b)]);

    expect([a, b]).toContain(await fs.readFile(file, 'utf8'));
    expect(await fs.readdir(folder)).toEqual(['note.brief']);
  });

  it('fails, and leaves no temp file, when the destination is a non-empty folder', async () => {
    const folder = await freshTempFolder();
    const destination = path.join(folder, 'note.brief');
    await fs.mkdir(destination);
    await fs.writeFile(path.join(destination, 'inside.txt'), 'keep me');

    await expect(writeFileAtomic(destination, 'new')).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });

    expect(await fs.readFile(path.join(destination, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(await leftoverTempFiles(folder)).toEqual([]);
  });

  it('fails when the parent of the path is a file, and leaves that file alone', async () => {
    const folder = await freshTempFolder();
    const notAFolder = path.join(folder, 'plain.txt');
    await fs.writeFile(notAFolder, 'plain');

    await expect(writeFileAtomic(path.join(notAFolder, 'note.brief'), 'new')).rejects.toMatchObject({ code: 'ENOTDIR' });

    expect(await fs.readFile(notAFolder, 'utf8')).toBe('plain');
    expect(await fs.readdir(folder)).toEqual(['plain.txt']);
  });

  it('keeps the old bytes and removes the temp file when the final rename fails', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'note.brief');
    await fs.writeFile(file, 'the only copy of yesterday’s brief');
    const rename = vi.spyOn(fs, 'rename').mockRejectedValueOnce(withCode('cross-device link', 'EXDEV'));

    await expect(writeFileAtomic(file, 'half-finished')).rejects.toMatchObject({ code: 'EXDEV' });

    expect(rename).toHaveBeenCalledTimes(1);
    expect(await fs.readFile(file, 'utf8')).toBe('the only copy of yesterday’s brief');
    expect(await fs.readdir(folder)).toEqual(['note.brief']);
  });

  it('retries a rename that another program briefly blocked', async () => {
    const folder = await freshTempFolder();
    const file = path.join(folder, 'note.brief');
    await fs.writeFile(file, 'old');
    const rename = vi.spyOn(fs, 'rename').mockRejectedValueOnce(withCode('resource busy', 'EBUSY'));

    await writeFileAtomic(file, 'new');

    expect(rename).toHaveBeenCalledTimes(2);
    expect(await fs.readFile(file, 'utf8')).toBe('new');
    expect(await fs.readdir(folder)).toEqual(['note.brief']);
  });
});
