import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { followThemeSetting } from '../../../electron/main/native-theme';
import { SettingsStore } from '../../../electron/services/settings-store';
import type { HostHandlers } from '../../../core/host/contract';
import { freshTempFolder } from './temp-folder';

describe('followThemeSetting', () => {
  it('tells Electron the theme when settings are read and when they change', async () => {
    const dataDir = path.join(await freshTempFolder(), 'data');
    const settingsOnly = { 'settings.get': () => new SettingsStore(dataDir).get(), 'settings.set': async ({ settings }) => ({ settings: await new SettingsStore(dataDir).set(settings) }) } as Partial<HostHandlers>;
    const themes: string[] = [];
    const handlers = followThemeSetting(settingsOnly as HostHandlers, (theme) => themes.push(theme));

    await handlers['settings.get']({});
    await handlers['settings.set']({ settings: { theme: 'dark' } });
    await handlers['settings.set']({ settings: { authorName: 'Lan' } });

    expect(themes).toEqual(['system', 'dark', 'dark']);
  });

  it('leaves every other call as it was', () => {
    const handlers = { 'notes.list': () => Promise.resolve({ notes: [], recent: [] }) } as Partial<HostHandlers> as HostHandlers;
    expect(followThemeSetting(handlers, () => {})['notes.list']).toBe(handlers['notes.list']);
  });
});
