import { z } from 'zod';

/** The user's preferences, kept in the data folder. Every field has a default. */
export const Settings = z.object({
  /** Save open notes about a second after typing stops, on leaving the window and on closing. */
  autosave: z.boolean().default(true),
  /** Shown as the author of comments and as the drafter of new notes. */
  authorName: z.string().max(200).default(''),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.object({ autosave: z.boolean(), authorName: z.string().max(200) }).partial().strict();

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
