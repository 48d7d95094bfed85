import type { Language } from './language';

const LOCALES: Record<Language, string> = { en: 'en-GB', vi: 'vi-VN' };

type Style = 'full' | 'long' | 'medium' | 'short';

// Making a formatter costs far more than using one: a panel of 500 comments made 500.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${options.dateStyle}|${options.timeStyle}|${options.timeZone}`;
  let known = formatters.get(key);
  if (!known) {
    known = new Intl.DateTimeFormat(LOCALES[language], options);
    formatters.set(key, known);
  }
  return known;
}

/** A date (ISO "2022-10-11" or a full timestamp) as the language writes it: "11 October 2022" / "11 tháng 10, 2022". */
export function formatDate(language: Language, iso: string, dateStyle: Style = 'long'): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : undefined;
  return formatter(language, { dateStyle, timeZone }).format(date);
}

/** A date and time as the language writes it (medium date, short time unless asked otherwise). */
export function formatDateTime(language: Language, iso: string, dateStyle: Style = 'medium', timeStyle: Style = 'short'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, { dateStyle, timeStyle }).format(date);
}
