/** The dictionaries used when the settings name none Electron has. */
export const DEFAULT_SPELL_CHECK_LANGUAGES = ['en-GB'] as const;

function candidates(code: string): string[] {
  const base = code.split(/[-_]/)[0]!.toLowerCase();
  // Electron names Vietnamese "vi" and English by region; accept what users type ("vi-VN", "en").
  return [code, base, ...(base === 'en' ? ['en-GB', 'en-US'] : [])];
}

/**
 * The spell-checker languages to use: the settings' `spellCheckLanguages`
 * (English and Vietnamese are offered), each mapped to a dictionary Electron
 * has; unknown entries are dropped, and with none left, British English.
 */
export function spellCheckLanguages(settings: unknown, available: readonly string[]): string[] {
  const wanted = (settings as { spellCheckLanguages?: unknown } | null)?.spellCheckLanguages;
  const codes = Array.isArray(wanted) ? wanted.filter((code): code is string => typeof code === 'string' && code.length > 0) : [];
  const lower = new Map(available.map((name) => [name.toLowerCase(), name]));
  const chosen = codes.map((code) => candidates(code).map((candidate) => lower.get(candidate.toLowerCase())).find(Boolean)).filter((name): name is string => !!name);
  const unique = [...new Set(chosen)];
  if (unique.length) return unique;
  return DEFAULT_SPELL_CHECK_LANGUAGES.filter((code) => available.length === 0 || lower.has(code.toLowerCase()));
}

/** The `lang` for the editor in browser mode, where the browser's own spell checker reads it. */
export function editorLanguage(settings: unknown, fallback: string): string {
  const wanted = (settings as { spellCheckLanguages?: unknown } | null)?.spellCheckLanguages;
  return Array.isArray(wanted) && typeof wanted[0] === 'string' && wanted[0] ? wanted[0] : fallback;
}
