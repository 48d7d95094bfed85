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

  it('loads an older settings file, without the newer fields, with their defaults and no notice', async () => {
    const { dataDir, file, store } = await storeInTempFolder();
    await fs.mkdir(dataDir);
    const older = { autosave: false, authorName: 'Lan', classificationPreset: 'generic', customLevels: [], defaultTemplate: 'briefing-note' };
    await fs.writeFile(file, JSON.stringify(older));

    expect(await store.get()).toEqual({ settings: { ...DEFAULT_SETTINGS, autosave: false, authorName: 'Lan' } });
    expect(DEFAULT_SETTINGS).toMatchObject({ pageSize: 'A4', pageLimit: 2, theme: 'system', language: 'system', spellCheckLanguages: ['en'] });
  });

  it('keeps the readable settings of a file with one it cannot read, naming that one', async () => {
    const { dataDir, file, store } = await storeInTempFolder();
    await fs.mkdir(dataDir);
    await fs.writeFile(file, JSON.stringify({ authorName: 'Lan', theme: 'purple', pageLimit: 0 }));

    const { settings, notice, brokenFile } = await store.get();

    expect(settings).toEqual({ ...DEFAULT_SETTINGS, authorName: 'Lan' });
    expect(notice).toContain('pageLimit, theme');
    expect(brokenFile).toBe(file);
  });
});

describe('a broken settings file, from start to the next change', () => {
  it('is read as defaults with a notice until a change moves it aside; the change is saved, the broken text kept', async () => {
    const { dataDir, file, store } = await storeInTempFolder();
    await fs.mkdir(dataDir);
    await fs.writeFile(file, '{ "theme": "dark", ');

    expect(await store.get()).toMatchObject({ settings: DEFAULT_SETTINGS, brokenFile: file });
    expect(await store.get()).toMatchObject({ brokenFile: file });
    await store.set({ theme: 'dark' });

    expect(await store.get()).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(await fs.readFile(path.join(dataDir, 'settings.broken.json'), 'utf8')).toBe('{ "theme": "dark", ');
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

  it('applies quick changes one after another, losing none', async () => {
    const { store } = await storeInTempFolder();

    await Promise.all([store.set({ authorName: 'Lan' }), store.set({ theme: 'dark' }), store.set({ pageLimit: 3 })]);

    expect((await store.get()).settings).toMatchObject({ authorName: 'Lan', theme: 'dark', pageLimit: 3 });
  });

  it('refuses a page limit outside 1–50', async () => {
    const { store } = await storeInTempFolder();

    await expect(store.set({ pageLimit: 51 })).rejects.toThrow();
    expect((await store.get()).settings.pageLimit).toBe(2);
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
