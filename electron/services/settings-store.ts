import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../core/host/settings';
import type { z } from 'zod';
import { writeFileAtomic, isCode } from './atomic-write';

/**
 * The user's settings in `<data folder>/settings.json`. A file that cannot be
 * read gives the defaults and a notice; it is moved aside, never overwritten,
 * the first time settings are saved.
 */
export class SettingsStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
  }

  async get(): Promise<{ settings: Settings; notice?: string }> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return { settings: DEFAULT_SETTINGS };
      throw error;
    }
    try {
      return { settings: Settings.parse(JSON.parse(text)) };
    } catch {
      return {
        settings: DEFAULT_SETTINGS,
        notice: `Your settings file (${this.file}) could not be read, so the defaults are in use. It will be kept as settings.broken.json when you next change a setting.`,
      };
    }
  }

  async set(patch: z.infer<typeof SettingsPatch>): Promise<Settings> {
    const { settings, notice } = await this.get();
    if (notice) await this.keepBrokenFile();
    const next = Settings.parse({ ...settings, ...patch });
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }

  // Kept for the user (or support) to look at; an earlier broken copy is never replaced.
  private async keepBrokenFile(): Promise<void> {
    for (let n = 1; ; n++) {
      const kept = path.join(path.dirname(this.file), n === 1 ? 'settings.broken.json' : `settings.broken-${n}.json`);
      try {
        await fs.link(this.file, kept);
        await fs.unlink(this.file);
        return;
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
      }
    }
  }
}
