import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/host/settings';
import { SettingsStore } from '../../../electron/services/settings-store';
import { freshTempFolder, leftoverTempFiles } from './temp-folder';

async function storeInTempFolder(): Promise<{ dataDir: string; file: string; store: SettingsStore }> {
  const dataDir = path.join(await freshTempFolder(), 'data');
  return { dataDir, file: path.join(dataDir, 'settings.json'), store: new SettingsStore(dataDir) };
}

describe('SettingsStore.get', () => {
  it('gives the defaults, without a notice or a file, when there is no settings file', async () => {
    const { dataDir, store } = await storeInTempFolder();

    expect(await store.get()).toEqual({ settings: DEFAULT_SETTINGS });
    await expect(fs.access(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('gives what the file says, defaults filling what it leaves out', async () => {
    const { dataDir, file, store } = await storeInTempFolder();
    await fs.mkdir(dataDir);
    await fs.writeFile(file, JSON.stringify({ authorName: 'Nguyễn Văn An' }));

    expect(await store.get()).toEqual({ settings: { ...DEFAULT_SETTINGS, authorName: 'Nguyễn Văn An' } });
  });

  it.each([
    ['not JSON', '{ "autosave": tr'],
    ['of the wrong type', JSON.stringify({ autosave: 'yes' })],
    ['not an object', 'null'],
  ])('gives the defaults and a notice naming a file %s, leaving the file as it is', async (_kind, text) => {
    const { dataDir, file, store } = await storeInTempFolder();
    await fs.mkdir(dataDir);
    await fs.writeFile(file, text);

    const { settings, notice } = await store.get();

    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toContain(file);
    expect(notice).toContain('settings.broken.json');
    expect(await fs.readFile(file, 'utf8')).toBe(text);
  });
});

describe('SettingsStore.set', () => {
  it('merges each change into the saved settings and creates the data folder', async () => {
    const { file, store } = await storeInTempFolder();

    expect(await store.set({ authorName: 'Lan' })).toEqual({ ...DEFAULT_SETTINGS, authorName: 'Lan' });
    expect(await store.set({ autosave: false })).toEqual({ ...DEFAULT_SETTINGS, autosave: false, authorName: 'Lan' });

    expect(await store.get()).toEqual({ settings: { ...DEFAULT_SETTINGS, autosave: false, authorName: 'Lan' } });
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, autosave: false, authorName: 'Lan' });
    expect(await leftoverTempFiles(path.dirname(file))).toEqual([]);
  });

  it('moves a broken settings file to settings.broken.json before writing, never over it', async () => {
    const { dataDir, file, store } = await storeInTempFolder();
    await fs.mkdir(dataDir);
    await fs.writeFile(file, '{ "authorName": "Lan", ');

    expect(await store.set({ autosave: false })).toEqual({ ...DEFAULT_SETTINGS, autosave: false });

    expect(await fs.readFile(path.join(dataDir, 'settings.broken.json'), 'utf8')).toBe('{ "authorName": "Lan", ');
    expect(await store.get()).toEqual({ settings: { ...DEFAULT_SETTINGS, autosave: false } });
  });

  it('keeps an earlier settings.broken.json when another broken file is moved aside', async () => {
    const { dataDir, file, store } = await storeInTempFolder();
    await fs.mkdir(dataDir);
    await fs.writeFile(path.join(dataDir, 'settings.broken.json'), 'first breakage');
    await fs.writeFile(file, 'second breakage');

    await store.set({ autosave: false });

    const kept = await Promise.all((await fs.readdir(dataDir)).map((name) => fs.readFile(path.join(dataDir, name), 'utf8')));
    expect(kept).toEqual(expect.arrayContaining(['first breakage', 'second breakage']));
  });
});
