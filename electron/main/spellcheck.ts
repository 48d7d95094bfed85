import type { Session } from 'electron';
import { spellCheckLanguages } from '../../core/desktop/spell-check-languages';

/**
 * Electron's built-in (Hunspell) spell checker in the languages the settings
 * choose. On macOS the OS checker is used and picks the language itself, so
 * Electron ignores the list there.
 */
export function applySpellCheckLanguages(session: Pick<Session, 'setSpellCheckerLanguages' | 'availableSpellCheckerLanguages'>, settings: unknown): string[] {
  const languages = spellCheckLanguages(settings, session.availableSpellCheckerLanguages);
  if (process.platform !== 'darwin') session.setSpellCheckerLanguages(languages);
  return languages;
}
