import * as z from '../schema/z';
import { CustomLevelSchema } from '../classification/classification-level';

/** The paper a note is laid out and printed on. */
export const PAGE_SIZES = ['A4', 'Letter'] as const;
/** How the app looks: as the operating system does, or always light or dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** The interface language: the operating system's, or one chosen. */
export const INTERFACE_LANGUAGES = ['system', 'en', 'vi'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
/** Dictionaries the spell checker may use. */
export const SPELL_CHECK_LANGUAGES = ['en', 'vi'] as const;

const fields = {
  /** Save open notes about a second after typing stops, on leaving the window and on closing. */
  autosave: z.boolean(),
  /** Shown as the author of comments and as the drafter of new notes. */
  authorName: z.string().check(z.maxLength(200)),
  /** The marking scheme offered for classification (a preset id). */
  classificationPreset: z.string().check(z.maxLength(50)),
  /** Levels the user defined for their own organisation. */
  customLevels: z.array(CustomLevelSchema).check(z.maxLength(50)),
  /** The template new drafts from articles use. */
  defaultTemplate: z.string().check(z.maxLength(64)),
  /** The paper new notes are laid out on. */
  pageSize: z.enum(PAGE_SIZES),
  /** How many pages a new note should fit on (briefing notes are short). */
  pageLimit: z.int().check(z.gte(1), z.lte(50)),
  theme: z.enum(THEMES),
  language: z.enum(INTERFACE_LANGUAGES),
  spellCheckLanguages: z.array(z.enum(SPELL_CHECK_LANGUAGES)).check(z.maxLength(SPELL_CHECK_LANGUAGES.length)),
};

/** The user's preferences, kept in the data folder. Every field has a default, so older files still load. */
export const Settings = z.object({
  autosave: z._default(fields.autosave, true),
  authorName: z._default(fields.authorName, ''),
  classificationPreset: z._default(fields.classificationPreset, 'generic'),
  customLevels: z._default(fields.customLevels, []),
  defaultTemplate: z._default(fields.defaultTemplate, 'briefing-note'),
  pageSize: z._default(fields.pageSize, 'A4'),
  pageLimit: z._default(fields.pageLimit, 2),
  theme: z._default(fields.theme, 'system'),
  language: z._default(fields.language, 'system'),
  spellCheckLanguages: z._default(fields.spellCheckLanguages, ['en']),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.partial(z.strictObject(fields));

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
