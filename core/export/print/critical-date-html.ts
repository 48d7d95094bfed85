import type { NoteMetadata } from '../../document/note-file';
import { formatDate } from '../../i18n/format-date';
import type { Language } from '../../i18n/language';
import { translate } from '../../i18n/messages';

/** The title block's "Critical date" row (label, plain text), or null for a routine note. */
export function criticalDateRow(meta: NoteMetadata, language: Language = 'en'): [label: string, value: string] | null {
  if (!meta.criticalDate) return null;
  const date = formatDate(language, meta.criticalDate.date);
  const reason = meta.criticalDate.reason.trim();
  const value = reason === '' ? date : translate(language, 'blocks.criticalDate.printed', { date, reason });
  return [translate(language, 'blocks.criticalDate.label'), value];
}
