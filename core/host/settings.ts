import { z } from 'zod';
import { CustomLevelSchema } from '../classification/classification-level';

/** The user's preferences, kept in the data folder. Every field has a default. */
export const Settings = z.object({
  /** Save open notes about a second after typing stops, on leaving the window and on closing. */
  autosave: z.boolean().default(true),
  /** Shown as the author of comments and as the drafter of new notes. */
  authorName: z.string().max(200).default(''),
  /** The marking scheme offered for classification (a preset id). */
  classificationPreset: z.string().max(50).default('generic'),
  /** Levels the user defined for their own organisation. */
  customLevels: z.array(CustomLevelSchema).max(50).default([]),
  /** The template new drafts from articles use. */
  defaultTemplate: z.string().max(64).default('briefing-note'),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z
  .object({
    autosave: z.boolean(),
    authorName: z.string().max(200),
    classificationPreset: z.string().max(50),
    customLevels: z.array(CustomLevelSchema).max(50),
    defaultTemplate: z.string().max(64),
  })
  .partial()
  .strict();

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
