/** The interface languages. English is the fallback for anything missing. */
export const LANGUAGES = ['en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The interface language for an OS or browser locale ("vi-VN" → "vi"); English otherwise. */
export function languageFromLocale(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : 'en';
}

/** The interface language a setting asks for: "system" follows the OS or browser locale. */
export function chooseLanguage(setting: Language | 'system', locale: string): Language {
  return setting === 'system' ? languageFromLocale(locale) : setting;
}
