import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../core/host/settings';
import type * as z from '../../core/schema/z';
import { writeFileAtomic, isCode } from './atomic-write';

export interface LoadedSettings {
  settings: Settings;
  /** Why some or all settings are the defaults, in words for the user. */
  notice?: string;
  /** The settings file that could not be read, when one could not. */
  brokenFile?: string;
}

/**
 * The user's settings in `<data folder>/settings.json`. A file that cannot be
 * read gives the defaults (for the fields it cannot give) and a notice; it is
 * moved aside, never overwritten, the first time settings are saved.
 */
export class SettingsStore {
  private readonly file: string;
  // Changes one after another, so two quick changes cannot undo each other.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
  }

  async get(): Promise<LoadedSettings> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return { settings: DEFAULT_SETTINGS };
      throw error;
    }
    const { settings, unreadable } = readSettings(text);
    if (unreadable.length === 0) return { settings };
    const what = unreadable.includes('*') ? 'could not be read, so the defaults are in use' : `has settings that could not be read (${unreadable.join(', ')}), so their defaults are in use`;
    return {
      settings,
      notice: `Your settings file (${this.file}) ${what}. It will be kept as settings.broken.json when you next change a setting.`,
      brokenFile: this.file,
    };
  }

  set(patch: z.infer<typeof SettingsPatch>): Promise<Settings> {
    const next = this.queue.then(() => this.apply(patch));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async apply(patch: z.infer<typeof SettingsPatch>): Promise<Settings> {
    const { settings, brokenFile } = await this.get();
    if (brokenFile) await this.keepBrokenFile();
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

/**
 * The settings a file's text gives, field by field: a field it gets wrong (a
 * newer version's value, a typo) falls back to its default without losing the
 * others. `unreadable` names those fields, or is `['*']` when nothing could be read.
 */
function readSettings(text: string): { settings: Settings; unreadable: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { settings: DEFAULT_SETTINGS, unreadable: ['*'] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { settings: DEFAULT_SETTINGS, unreadable: ['*'] };
  const whole = Settings.safeParse(value);
  if (whole.success) return { settings: whole.data, unreadable: [] };
  const kept: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const [name, field] of Object.entries(Settings.shape)) {
    const parsed = field.safeParse((value as Record<string, unknown>)[name]);
    if (parsed.success) kept[name] = parsed.data;
    else unreadable.push(name);
  }
  return { settings: Settings.parse(kept), unreadable };
}
